import type { Command } from 'commander';
import type { CliIO, ExitWith } from './command.js';
import { addPropagateOptions } from './propagate-option.js';
import { LOCK_WAIT_SECONDS } from '../../core/file-lock.js';
import { wholeNumber } from './integer-option.js';
import type { ImportFlags } from './review-import-action.js';

/** Adds `review import`: corrections and approvals made in a CAT tool or a script, back into the article. */
export function addReviewImport(review: Command, io: CliIO, exitWith: ExitWith): void {
  addPropagateOptions(review.command('import'))
    .description('apply the corrections and approvals in XLIFF, TMX or JSONL files Lektor wrote and a CAT tool or script edited')
    .argument('<file...>', 'the edited files (.xlf, .xliff2.xlf, .tmx, .jsonl; told apart by their contents)')
    .option('-o, --out <dir>', 'output folder of `lektor translate` (default: the first file\'s folder when it holds .lektor/, else translations)')
    .option('--memory <file>', 'translation memory to record the reviews in (default: the one the run used, else <out>/lektor-memory.sqlite)')
    .option('--redis <url>', 'record the reviews in the memory `lektor worker`s share in this Redis instead (for articles `queue collect` wrote)')
    .option('--force', 'apply units whose sentence changed in Lektor after the file was written, over that change')
    .option('--lock-wait <seconds>', `how long to wait while another Lektor process changes the folder (default ${LOCK_WAIT_SECONDS})`, wholeNumber('--lock-wait', 0, 86400, 'a whole number of seconds'))
    .addHelpText(
      'after',
      '\nChanged English is a correction; unchanged English is an approval where the file marks it so:\nXLIFF 1.2 state final or signed-off, or approved="yes"; XLIFF 2 state reviewed or final;\nTMX prop x-lektor-origin "review"; JSONL origin "review".\nUnits whose German changed, units whose sentence changed in Lektor after the file was written\n(unless --force), and files of articles not in the folder, are refused and listed; exit 1.\nEach review\'s English goes to the identical German sentences of the folder that nobody reviewed,\none line each; a repeat reviewed to other English is left and listed as a conflict (--no-propagate: neither).\n\nExamples:\n  lektor review import translations/article.xlf\n  lektor review import ~/cat/article.xliff2.xlf --out translations\n',
    )
    .action(async (files: string[], flags: ImportFlags) => (await import('./review-import-action.js')).runReviewImport(files, flags, io, exitWith));
}
