import path from 'node:path';
import { loadGlossary } from '../../../glossary/load.js';
import type { ReviewedSentence } from '../../../glossary/tools/suggest/reviewed-sentence.js';
import { reviewedSentencesOf } from '../glossary/read-reviewed-sentences.js';
import { articleRecords } from '../review/article-record.js';
import { formatReviewStats } from '../review/stats/format-review-stats.js';
import { formatTopSuggestions, suggestCommand } from '../review/stats/format-top-suggestions.js';
import { loadRunGlossaries } from '../review/stats/load-run-glossaries.js';
import { reviewStatsReport } from '../review/stats/review-stats.js';
import { articleTally, type ReviewTally } from '../review/stats/tally.js';
import { topSuggestions } from '../review/stats/top-suggestions.js';
import { EXIT, type CliIO, type ExitWith } from './command.js';

export interface ReviewStatsFlags {
  glossary?: readonly string[];
  json?: boolean;
}

/** What `lektor review stats` does, loaded only when it runs. */
export async function runReviewStats(outDir: string, flags: ReviewStatsFlags, io: CliIO, exitWith: ExitWith): Promise<void> {
  const dir = path.resolve(io.cwd, outDir);
  // One record at a time: only the small tallies and the reviewed sentences are kept, however many articles there are.
  const articles: { name: string; tally: ReviewTally }[] = [];
  const sentences: ReviewedSentence[] = [];
  // Each run's stack once, by its files in order: articles of one run share it.
  const runStacks = new Map<string, readonly string[]>();
  for await (const { doc, qa, glossary } of articleRecords(dir)) {
    // The threshold the low-confidence check had in each article's run.
    articles.push({ name: doc.meta.name, tally: articleTally(doc, qa.minConfidence) });
    sentences.push(...reviewedSentencesOf(doc));
    const files = glossary ? [glossary.path].flat() : [];
    if (files.length > 0) runStacks.set(JSON.stringify(files), files);
  }
  const glossaries =
    flags.glossary === undefined
      ? await loadRunGlossaries([...runStacks.values()], io.cwd, (message) =>
          io.stderr.write(`lektor: ${message}; the run's glossary is left out, so its entries may be proposed (give --glossary)\n`),
        )
      : [await loadGlossary(flags.glossary, io.cwd)];
  const report = { ...reviewStatsReport(articles), suggestions: topSuggestions(sentences, glossaries) };
  // Runs with different glossaries are asked about together here, which no one --glossary stack says.
  const suggest = suggestCommand(outDir, glossaries.length === 1 ? glossaries[0]!.files : []);
  io.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatReviewStats(report) + formatTopSuggestions(report.suggestions, suggest));
  exitWith(EXIT.ok);
}
