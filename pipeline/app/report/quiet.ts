import type { Reporter, ReporterStreams } from './reporter.js';

/** `--quiet`: failures only; the exit code and run.json tell the rest. */
export default function quiet({ stderr }: ReporterStreams): Reporter {
  return (event) => {
    if (event.type === 'article' && event.status === 'failed') stderr.write(`lektor: ${event.reason ?? event.file}\n`);
  };
}
