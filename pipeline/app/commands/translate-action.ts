import { REPORTERS, chooseReporter } from '../report/index.js';
import { translateFiles } from '../translate/translate-files.js';
import type { TranslateRunReport } from '../deliver/run-report.js';
import { runDate } from '../../config.js';
import { loadConfigFile } from '../../config-file.js';
import type { EngineOptions } from '../../engine/translation-engine.js';
import { EXIT, type CliIO, type ExitWith } from './command.js';
import { engineOptions } from './engine-options.js';
import { interruptOnSigint } from './interrupt-on-sigint.js';
import { filterInput, runFilter } from './translate-filter.js';
import { configFromFlags, type TranslateFlags } from './translate-flags.js';

const EXIT_BY_STATUS: Record<TranslateRunReport['status'], number> = { completed: EXIT.ok, failures: EXIT.failed, interrupted: EXIT.interrupted, error: EXIT.failed };

/** What `lektor translate` does, loaded only when it runs (the model, the readers, the writers). */
export async function runTranslate(inputs: string[], flags: TranslateFlags, io: CliIO, exitWith: ExitWith): Promise<void> {
  const filter = filterInput(inputs, flags);
  const config = configFromFlags(filter ? { ...flags, format: filter.format } : flags, io.env, flags.config === undefined ? {} : await loadConfigFile(flags.config, io.cwd));
  // A filter's standard output is the translation: only a download's progress lines go to standard error.
  const reporterName = filter ? (flags.quiet ? 'quiet' : 'lines') : chooseReporter(flags, io.stderr);
  const report = REPORTERS[reporterName](io);
  const interrupt = interruptOnSigint(() => {
    if (reporterName !== 'json') io.stderr.write('\nlektor: interrupted; finishing the running batch (Ctrl-C again to stop at once)\n');
  });
  let engine: EngineOptions | undefined;
  try {
    // A first run downloads the model: its progress shows with the run's, Ctrl-C keeps the part.
    engine = await engineOptions(config, flags, io, { now: runDate(io.env), report, signal: interrupt.signal });
    if (filter) return exitWith(await runFilter(filter, engine, io, flags.quiet ?? false));
    const summary = await translateFiles(inputs, { ...engine, cwd: io.cwd, onProgress: report });
    exitWith(EXIT_BY_STATUS[summary.report.status]);
  } finally {
    interrupt.release();
    await engine?.memory?.close();
  }
}
