import path from 'node:path';
import type { Command } from 'commander';
import { articleRecords } from '../review/article-record.js';
import { formatReviewStats } from '../review/stats/format-review-stats.js';
import { reviewStatsReport } from '../review/stats/review-stats.js';
import { articleTally, type ReviewTally } from '../review/stats/tally.js';
import { EXIT, type CliIO, type ExitWith } from './command.js';

/** Adds `review stats`: how much reviewers changed the machine's translations, per article and in total. */
export function addReviewStats(review: Command, io: CliIO, exitWith: ExitWith): void {
  review
    .command('stats')
    .description('measure the post-editing effort: sentences reviewed, edited and approved, edit distances, TER and chrF, and how well the model\'s confidence foretold the edits')
    .argument('<out-dir>', 'the output folder of `lektor translate`')
    .option('--json', 'print one JSON object { articles, total }')
    .addHelpText(
      'after',
      '\nTER is counted without shifts; chrF scores the machine draft against the reviewed text.\n' +
        'Of the reviewed sentences the model scored: Spearman is the rank correlation of its confidence with each\n' +
        "sentence's TER (near -1: the less sure the model, the more reviewers changed); recall, the share of edited\n" +
        'sentences the low-confidence check flagged; precision, the share of flagged sentences reviewers edited.\n\n' +
        'Examples:\n  lektor review stats translations/\n  lektor review stats out/ --json\n',
    )
    .action(async (outDir: string, flags: { json?: boolean }) => {
      const dir = path.resolve(io.cwd, outDir);
      // One record at a time: only the small tallies are kept, however many articles there are.
      const articles: { name: string; tally: ReviewTally }[] = [];
      // The threshold the low-confidence check had in each article's run.
      for await (const { doc, qa } of articleRecords(dir)) articles.push({ name: doc.meta.name, tally: articleTally(doc, qa.minConfidence) });
      const report = reviewStatsReport(articles);
      io.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatReviewStats(report));
      exitWith(EXIT.ok);
    });
}
