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
    .description('measure the post-editing effort: sentences reviewed, edited and approved, edit distances, TER and chrF')
    .argument('<out-dir>', 'the output folder of `lektor translate`')
    .option('--json', 'print one JSON object { articles, total }')
    .addHelpText('after', '\nTER is counted without shifts; chrF scores the machine draft against the reviewed text.\n\nExamples:\n  lektor review stats translations/\n  lektor review stats out/ --json\n')
    .action(async (outDir: string, flags: { json?: boolean }) => {
      const dir = path.resolve(io.cwd, outDir);
      // One record at a time: only the small tallies are kept, however many articles there are.
      const articles: { name: string; tally: ReviewTally }[] = [];
      for await (const { doc } of articleRecords(dir)) articles.push({ name: doc.meta.name, tally: articleTally(doc) });
      const report = reviewStatsReport(articles);
      io.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatReviewStats(report));
      exitWith(EXIT.ok);
    });
}
