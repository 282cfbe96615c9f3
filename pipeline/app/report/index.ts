import bar from './bar.js';
import json from './json.js';
import lines from './lines.js';
import quiet from './quiet.js';
import type { Reporter, ReporterStreams } from './reporter.js';

export type { Reporter, ReporterStreams, TextSink } from './reporter.js';

/** Every way a batch run can report progress; the keys name them. */
export const REPORTERS = { bar, lines, json, quiet } as const satisfies Record<string, (streams: ReporterStreams) => Reporter>;

export type ReporterName = keyof typeof REPORTERS;

/** `--json` and `--quiet` win; otherwise a bar on a terminal and plain lines elsewhere. */
export function chooseReporter(flags: { readonly json?: boolean; readonly quiet?: boolean }, stderr: ReporterStreams['stderr']): ReporterName {
  if (flags.json) return 'json';
  if (flags.quiet) return 'quiet';
  return stderr.isTTY ? 'bar' : 'lines';
}
