import { formatBytes, rate } from '../../../models/download/byte-units.js';
import type { DownloadEvent } from '../../../models/download/events.js';

const VERIFIED = { sha256: 'SHA-256 verified', 'git-sha1': 'git hash verified', size: 'size checked (the hub sent no hash)' } as const;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The plain line a download event prints where no bar can be drawn; progress prints none. */
export function downloadLine(event: DownloadEvent): string | undefined {
  switch (event.type) {
    case 'download-start': {
      const here = event.resumed > 0 ? `, ${formatBytes(event.resumed)} of it already here` : '';
      return `downloading ${event.model} from ${event.hub}: ${event.files} ${event.files === 1 ? 'file' : 'files'}, ${formatBytes(event.bytes)}${here}`;
    }
    case 'download-file': {
      const fetched = event.bytes - event.resumedFrom;
      const resumed = event.resumedFrom > 0 ? `, resumed at ${formatBytes(event.resumedFrom)}` : '';
      return `${event.model} ${event.file}: ${formatBytes(event.bytes)} in ${seconds(event.ms)} (${rate(fetched, event.ms)}${resumed}), ${VERIFIED[event.verified]}`;
    }
    case 'download-done':
      return `downloaded ${event.model}: ${event.files} ${event.files === 1 ? 'file' : 'files'}, ${formatBytes(event.bytes)} in ${seconds(event.ms)}`;
    default:
      return undefined;
  }
}
