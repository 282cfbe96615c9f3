import path from 'node:path';
import { withFileLock } from '../../pipeline/core/file-lock.js';
import type { DownloadListener } from './events.js';
import { fetchFile, resumableBytes } from './fetch-file.js';
import type { HubAddress } from './hub-address.js';
import { locateFile, type LocatedFile } from './locate-file.js';

export interface ModelDownload {
  readonly hub: HubAddress;
  /** The model's folder in the cache. */
  readonly dir: string;
  /** Paths inside the model to fetch, small ones first: a cut-off run then leaves few big parts. */
  readonly files: readonly string[];
  /** Hugging Face access token, for private or gated models. */
  readonly token?: string;
  /** Aborting keeps what has arrived for the next run to resume, and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  readonly onEvent?: DownloadListener;
}

/** How long a run waits for another downloading the same file: a large model over a slow line, not a hung process. */
const SAME_FILE_WAIT_SECONDS = 3600;

/** How often a file's progress is told: often enough for a bar, rarely enough for a log. */
const PROGRESS_EVERY_MS = 200;

/**
 * Fetches the named files of a hub model into its cache folder, one after another, after asking
 * the hub about all of them (so the total is known before the first byte). Throws a
 * `DownloadFailure` naming the file on any problem; files already complete stay.
 */
export async function downloadModelFiles(download: ModelDownload): Promise<void> {
  const started = performance.now();
  const { hub, signal, token } = download;
  const emit = download.onEvent ?? (() => undefined);
  const located = await Promise.all(download.files.map((file) => locateFile(hub, file, { token, signal })));
  const destOf = (file: string): string => path.join(download.dir, ...file.split('/'));
  const resumed = await Promise.all(located.map((l) => resumableBytes(l, destOf(l.file))));
  const total = located.reduce((n, l) => n + (l.bytes ?? 0), 0);
  emit({ type: 'download-start', model: hub.id, hub: hub.endpoint, files: located.length, bytes: total, resumed: resumed.reduce((a, b) => a + b, 0) });
  let bytes = 0;
  for (const file of located) {
    const fileStarted = performance.now();
    const dest = destOf(file.file);
    // Two runs must not append to one `.incomplete` part: the second waits, then finds the file whole.
    const fetched = await withFileLock({ lockPath: `${dest}.lock`, name: dest, wait: SAME_FILE_WAIT_SECONDS }, () =>
      fetchFile(file, dest, { hub, token, signal, onProgress: throttled(emit, hub.id, file) }),
    ).catch((error: unknown) => {
      emit({ type: 'download-stopped', model: hub.id, file: file.file });
      throw error;
    });
    bytes += fetched.bytes;
    emit({ type: 'download-file', model: hub.id, file: file.file, ...fetched, ms: performance.now() - fileStarted });
  }
  emit({ type: 'download-done', model: hub.id, files: located.length, bytes, ms: performance.now() - started });
}

/** A file's progress, told at most every `PROGRESS_EVERY_MS` (the first time at once). */
function throttled(emit: DownloadListener, model: string, file: LocatedFile): (received: number) => void {
  let told = -Infinity;
  return (received) => {
    const now = performance.now();
    if (now - told < PROGRESS_EVERY_MS) return;
    told = now;
    emit({ type: 'download-progress', model, file: file.file, received, bytes: file.bytes ?? null });
  };
}
