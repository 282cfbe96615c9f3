import type { MultiBar, SingleBar } from 'cli-progress';
import type { DownloadEvent } from '../../../models/download/events.js';
import { formatBytes, rate } from '../../../models/download/byte-units.js';
import { downloadLine } from './download-line.js';

const FORMAT = '{name} {bar} {amount} | {rate} | ETA {eta_formatted}';

interface Tracked {
  readonly name: string;
  readonly bar: SingleBar;
  readonly started: number;
}

/**
 * Two bars in a terminal's multi-bar while a model downloads: the file arriving and all files
 * (bytes, rate of this run's bytes, time left); each finished file leaves its line above them.
 * Returns whether the download has ended, so a caller that drew nothing else can stop its bars.
 */
export function downloadBars(multi: MultiBar): (event: DownloadEvent) => boolean {
  let total: Tracked | undefined;
  let file: (Tracked & { readonly resumedFrom: number }) | undefined;
  // Bytes on disk of the finished files, and how many of them this run fetched.
  let finished = 0;
  let fetched = 0;
  const track = (bytes: number, value: number, name: string): Tracked => ({
    name,
    bar: multi.create(Math.max(bytes, value, 1), value, payload(name, value, bytes, 0, 0), { format: FORMAT }),
    started: performance.now(),
  });
  const show = (tracked: Tracked, value: number, newBytes: number): void => {
    tracked.bar.update(value, payload(tracked.name, value, tracked.bar.getTotal(), newBytes, performance.now() - tracked.started));
  };
  const end = (): true => {
    for (const tracked of [file, total]) if (tracked) multi.remove(tracked.bar);
    file = total = undefined;
    return true;
  };
  const handle = (event: DownloadEvent): boolean => {
    switch (event.type) {
      case 'download-start':
        finished = fetched = 0;
        total = track(event.bytes, 0, 'all files');
        return false;
      case 'download-progress':
        if (file?.name !== event.file) {
          if (file) multi.remove(file.bar);
          file = { ...track(event.bytes ?? 0, event.received, event.file), resumedFrom: event.received };
        }
        show(file, event.received, event.received - file.resumedFrom);
        if (total) show(total, finished + event.received, fetched + event.received - file.resumedFrom);
        return false;
      case 'download-file':
        finished += event.bytes;
        fetched += event.bytes - event.resumedFrom;
        if (file) multi.remove(file.bar);
        file = undefined;
        if (total) show(total, finished, fetched);
        multi.log(`${downloadLine(event) ?? ''}\n`);
        return false;
      case 'download-done':
      case 'download-stopped':
        return end();
    }
  };
  return (event) => {
    const ended = handle(event);
    // Drawn now, not at the next timed redraw: a small file comes and goes between two.
    multi.update();
    return ended;
  };
}

function payload(name: string, value: number, bytes: number, newBytes: number, ms: number): Record<string, string> {
  return { name, amount: `${formatBytes(value)}/${formatBytes(bytes)}`, rate: rate(newBytes, ms) };
}
