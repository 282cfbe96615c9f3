import type { Reporter, ReporterStreams } from './reporter.js';

/** `--json`: every progress event as one JSON line on stdout, for other programs to follow. */
export default function json({ stdout }: ReporterStreams): Reporter {
  return (event) => {
    stdout.write(`${JSON.stringify(event)}\n`);
  };
}
