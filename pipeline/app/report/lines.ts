import { isDownloadEvent } from '../../../models/download/events.js';
import type { Reporter, ReporterStreams } from './reporter.js';
import { downloadLine } from './download-line.js';
import { summaryLine } from './summary.js';

/**
 * Plain lines on stderr, one per article and a summary, and one per downloaded model file: for
 * logs and pipes, where a bar would be noise.
 */
export default function lines({ stderr }: ReporterStreams): Reporter {
  return (event) => {
    if (isDownloadEvent(event)) {
      const line = downloadLine(event);
      if (line !== undefined) stderr.write(`${line}\n`);
    }
    if (event.type === 'article') {
      if (event.status === 'failed') stderr.write(`lektor: ${event.reason ?? event.file}\n`);
      else stderr.write(`${event.file}: ${event.sentences} ${event.sentences === 1 ? 'sentence' : 'sentences'}, ${event.recalled} from memory → ${event.outputs.join(', ')}\n`);
    }
    if (event.type === 'done') stderr.write(`${summaryLine(event.report)}\n`);
  };
}
