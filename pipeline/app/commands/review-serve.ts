import type { Command } from 'commander';
import { DEFAULT_REVIEW_PORT } from '../review/serve/serve-options.js';
import type { CliIO, ExitWith } from './command.js';
import { wholeNumber } from './integer-option.js';
import { addPropagateOptions } from './propagate-option.js';
import type { ReviewServeFlags } from './review-serve-action.js';

/** Adds `review serve`: the review pages of an output folder, editable in a browser on this machine. */
export function addReviewServe(review: Command, io: CliIO, exitWith: ExitWith): void {
  addPropagateOptions(review.command('serve'))
    .description('edit and approve the translations of an output folder in the browser (this machine only)')
    .argument('<out-dir>', 'the output folder of `lektor translate`')
    .option('-p, --port <n>', `port on 127.0.0.1, 0 for any free one (default: ${DEFAULT_REVIEW_PORT})`, wholeNumber('--port', 0, 65535, 'a port number'))
    .option('--open', 'open the address in the default browser')
    .option('--redis <url>', 'record the reviews in the memory `lektor worker`s share in this Redis (for articles `queue collect` wrote)')
    .option('-m, --model <id|dir>', "the model of the editor's suggestions (completion, alternatives), instead of the one each run recorded")
    .option('--no-model', "no suggestions from the model: it is never loaded")
    .addHelpText(
      'after',
      '\nPrints the address to open, with its access token, as the first line; only that address lets a browser in.\n' +
        'Each save rewrites the article\'s outputs and record and goes into the translation memory;\n' +
        'its English goes to the identical German sentences of the folder that nobody reviewed (not with --no-propagate).\n' +
        'The editor\'s suggestions load the run\'s model (offline, from the model cache) on the first one asked for.\n' +
        'Ctrl-C or SIGTERM lets the save in progress finish, then stops the server (exit 0).\n\n' +
        'Examples:\n  lektor review serve translations/\n  lektor review serve out/ --port 0 --open\n',
    )
    .action(async (outDir: string, flags: ReviewServeFlags) => (await import('./review-serve-action.js')).runReviewServe(outDir, flags, io, exitWith));
}
