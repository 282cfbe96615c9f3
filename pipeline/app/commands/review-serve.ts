import path from 'node:path';
import type { Command } from 'commander';
import open from 'open';
import { defaultConfig, runDate } from '../../config.js';
import { startReviewServer } from '../review/serve/review-server.js';
import { DEFAULT_REVIEW_PORT } from '../review/serve/serve-options.js';
import { EXIT, type CliIO, type ExitWith } from './command.js';
import { wholeNumber } from './integer-option.js';
import { openSharedMemory } from './redis-option.js';
import { stopOnSignals } from './stop-signal.js';
import { addPropagateOptions, propagateSetting, type PropagateFlags } from './propagate-option.js';

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
    .action(async (outDir: string, flags: PropagateFlags & { port?: number; open?: boolean; redis?: string; model?: string | false }) => {
      const propagate = await propagateSetting(flags, io);
      const shared = flags.redis === undefined ? undefined : await openSharedMemory(flags.redis, io.env);
      const model = flags.model === false ? false : { cacheDir: defaultConfig(io.env).model.cacheDir, cwd: io.cwd, ...(flags.model === undefined ? {} : { id: flags.model }) };
      const log = (line: string) => void io.stderr.write(`lektor: ${line}\n`);
      const server = await startReviewServer(path.resolve(io.cwd, outDir), { port: flags.port, now: () => runDate(io.env), memory: shared?.memory, model, log, propagate }).catch(
        async (error: unknown) => {
          await shared?.close();
          throw error;
        },
      );
      // systemd, `timeout` and containers stop with SIGTERM, a terminal with Ctrl-C: both the same way.
      const stop = stopOnSignals(['SIGTERM', 'SIGINT'], () => io.stderr.write('lektor: stopping the review server\n'));
      io.stdout.write(`${server.url}\n`);
      io.stderr.write(`lektor: serving ${outDir} for review; Ctrl-C stops\n`);
      if (flags.open) {
        await open(server.url).catch((error: Error) => io.stderr.write(`lektor: cannot open a browser (${error.message}); open the address above\n`));
      }
      await stop.stopped;
      stop.release();
      await server.close();
      await shared?.close();
      exitWith(EXIT.ok);
    });
}
