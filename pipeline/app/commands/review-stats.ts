import path from 'node:path';
import type { Command } from 'commander';
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
import { collectGlossary } from './glossary-option.js';

/** Adds `review stats`: how much reviewers changed the machine's translations, per article and in total, and what that says about the glossary. */
export function addReviewStats(review: Command, io: CliIO, exitWith: ExitWith): void {
  review
    .command('stats')
    .description(
      "measure the post-editing effort: sentences reviewed, edited and approved, edit distances, TER and chrF, how well the model's confidence foretold the edits, and the top glossary proposals and disputed entries",
    )
    .argument('<out-dir>', 'the output folder of `lektor translate`')
    .option('-g, --glossary <file>', 'propose nothing this glossary has; repeat to stack glossaries, a later file winning (default: the glossaries the articles were translated with)', collectGlossary)
    .option('--json', 'print one JSON object { articles, total, suggestions }')
    .addHelpText(
      'after',
      '\nTER is counted without shifts; chrF scores the machine draft against the reviewed text.\n' +
        'Of the reviewed sentences the model scored: Spearman is the rank correlation of its confidence with each\n' +
        "sentence's TER (near -1: the less sure the model, the more reviewers changed); recall, the share of edited\n" +
        'sentences the low-confidence check flagged; precision, the share of flagged sentences reviewers edited.\n' +
        'Then the top 5 glossary proposals and disputed entries of `lektor glossary suggest`, which lists them all.\n\n' +
        'Examples:\n  lektor review stats translations/\n  lektor review stats out/ --json\n',
    )
    .action(async (outDir: string, flags: { glossary?: readonly string[]; json?: boolean }) => {
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
    });
}
