import cliProgress from 'cli-progress';
import type { Reporter, ReporterStreams } from './reporter.js';
import { isDownloadEvent } from '../../../models/download/events.js';
import { downloadBars } from './download-bars.js';
import { summaryLine } from './summary.js';

const FORMAT = '{bar} {value}/{total} articles | {sentences} sentences | {rate} tokens/s | ETA {eta_formatted}';

/**
 * A progress bar on a terminal's stderr: articles done of all, sentences, model tokens per
 * second (over the time since the run started) and the time left. Failures print above it. A
 * model download draws its own bars in the same place (`lektor models pull` draws only those).
 */
export default function bar({ stderr }: ReporterStreams): Reporter {
  const multi = new cliProgress.MultiBar(
    // Cursor and line wrapping stay as they are: a second Ctrl-C kills the process with no chance to restore them.
    { stream: stderr as NodeJS.WritableStream, format: FORMAT, hideCursor: false, linewrap: true, clearOnComplete: false, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  let progress: cliProgress.SingleBar | undefined;
  let started = 0;
  let sentences = 0;
  let tokens = 0;
  const payload = (): Record<string, string | number> => {
    const seconds = (performance.now() - started) / 1000;
    return { sentences, rate: seconds > 0 ? Math.round(tokens / seconds) : 0 };
  };
  const download = downloadBars(multi);
  return (event) => {
    if (isDownloadEvent(event)) {
      // Without a run's bar (a pull), the bars end with the download.
      if (download(event) && !progress) multi.stop();
      return;
    }
    switch (event.type) {
      case 'start':
        started = performance.now();
        progress = multi.create(event.articles, 0, payload());
        break;
      case 'batch':
        tokens += event.tokens;
        progress?.update(payload());
        break;
      case 'article':
        sentences += event.sentences;
        if (event.status === 'failed') multi.log(`lektor: ${event.reason ?? event.file}\n`);
        progress?.increment(1, payload());
        break;
      case 'done':
        // Draws the last state and prints failures still waiting for the next timed redraw.
        multi.update();
        multi.stop();
        stderr.write(`${summaryLine(event.report)}\n`);
        break;
    }
  };
}
