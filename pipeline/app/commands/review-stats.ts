import type { Command } from 'commander';
import type { CliIO, ExitWith } from './command.js';
import { collectGlossary } from './glossary-option.js';
import type { ReviewStatsFlags } from './review-stats-action.js';

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
    .action(async (outDir: string, flags: ReviewStatsFlags) => (await import('./review-stats-action.js')).runReviewStats(outDir, flags, io, exitWith));
}
