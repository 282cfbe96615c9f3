import { mkdir, open, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatBytes } from './byte-units.js';
import { DownloadFailure, httpReason, networkReason } from './download-failure.js';
import type { Verification } from './events.js';
import { digestFile } from './file-digest.js';
import type { HubAddress } from './hub-address.js';
import { hubHeaders, type HubRequestOptions, type LocatedFile } from './locate-file.js';
import { describePartial, forgetPartial, partialDataPath, readPartial, removePartial } from './partial-download.js';

export interface FetchFileOptions extends HubRequestOptions {
  readonly hub: HubAddress;
  /** Bytes of the file on disk so far, resumed part included. */
  readonly onProgress?: (received: number) => void;
}

export interface FetchedFile {
  readonly bytes: number;
  readonly resumedFrom: number;
  readonly verified: Verification;
}

/** Bytes an earlier download of this very file (same ETag) left to resume from; 0 if none. */
export async function resumableBytes(located: LocatedFile, dest: string): Promise<number> {
  const partial = await readPartial(dest);
  if (!partial || located.etag === undefined || partial.etag !== located.etag) return 0;
  return located.bytes !== undefined && partial.received > located.bytes ? 0 : partial.received;
}

/** Where a 206 answer's bytes start (`Content-Range: bytes <start>-<end>/<size>`). */
function rangeStart(response: Response): number | undefined {
  const match = /^bytes (\d+)-/.exec(response.headers.get('content-range') ?? '');
  return match ? Number(match[1]) : undefined;
}

async function request(located: LocatedFile, from: number, options: FetchFileOptions): Promise<Response> {
  const headers = { ...hubHeaders(located.url, options.hub, options.token), ...(from > 0 ? { range: `bytes=${from}-` } : {}) };
  try {
    return await fetch(located.url, { headers, signal: options.signal });
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    throw new DownloadFailure(located.file, networkReason(error, located.url), { cause: error });
  }
}

/**
 * Appends (or writes) the body to the partial file chunk by chunk, each on disk before the next
 * is read: when the connection breaks, all that arrived is kept for the resume.
 */
async function receive(response: Response, data: string, from: number, options: FetchFileOptions): Promise<void> {
  const file = await open(data, from > 0 ? 'a' : 'w');
  try {
    let received = from;
    for await (const chunk of response.body ?? []) {
      await file.write(chunk);
      received += chunk.length;
      options.onProgress?.(received);
    }
  } finally {
    await file.close();
  }
}

/** Checks the complete partial file against what the hub announced; a mismatch is discarded, never kept. */
async function verify(located: LocatedFile, dest: string): Promise<{ bytes: number; verified: Verification }> {
  const data = partialDataPath(dest);
  const { size } = await stat(data);
  const discard = async (reason: string): Promise<never> => {
    await removePartial(dest);
    throw new DownloadFailure(located.file, `${reason} (discarded; run again)`);
  };
  if (located.bytes !== undefined && size !== located.bytes) return discard(`received ${formatBytes(size)} where the hub announced ${formatBytes(located.bytes)}`);
  if (!located.digest) return { bytes: size, verified: 'size' };
  const actual = await digestFile(data, size, located.digest.kind);
  if (actual !== located.digest.hex) {
    const label = located.digest.kind === 'sha256' ? 'SHA-256' : 'git hash';
    return discard(`${label} ${actual.slice(0, 12)}… does not match the hub's ${located.digest.hex.slice(0, 12)}…`);
  }
  return { bytes: size, verified: located.digest.kind };
}

/**
 * Downloads one file to `dest` through `<dest>.incomplete`, which becomes `dest` only once complete
 * and verified: an interrupted or failed download never leaves a file a later run takes for whole.
 * A part left by an earlier run is resumed with an HTTP range request while the hub still
 * announces the same ETag; a server that ignores the range gets the whole file again.
 */
export async function fetchFile(located: LocatedFile, dest: string, options: FetchFileOptions): Promise<FetchedFile> {
  await mkdir(path.dirname(dest), { recursive: true });
  // Another run finished it while this one waited for the file's lock.
  const present = await stat(dest).catch(() => undefined);
  if (present?.isFile() && present.size === located.bytes) return { bytes: present.size, resumedFrom: present.size, verified: 'size' };
  let from = await resumableBytes(located, dest);
  if (from === 0) await describePartial(dest, { etag: located.etag, bytes: located.bytes });
  const resumedFrom = from;
  const complete = located.bytes !== undefined && from === located.bytes;
  if (!complete) {
    const response = await request(located, from, options);
    if (response.status === 206 && rangeStart(response) !== from) throw new DownloadFailure(located.file, `the server answered a range from byte ${from} with another range`);
    if (response.status === 200) from = 0;
    else if (response.status !== 206) {
      await response.body?.cancel();
      throw new DownloadFailure(located.file, httpReason(response.status, located.url));
    }
    options.onProgress?.(from);
    try {
      await receive(response, partialDataPath(dest), from, options);
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      const got = (await readPartial(dest))?.received ?? 0;
      const of = located.bytes === undefined ? '' : ` of ${formatBytes(located.bytes)}`;
      const keep = located.etag === undefined ? 'run again' : 'the part is kept; run again to resume';
      throw new DownloadFailure(located.file, `connection closed after ${formatBytes(got)}${of} (${keep})`, { cause: error });
    }
  }
  const result = await verify(located, dest);
  await rename(partialDataPath(dest), dest);
  await forgetPartial(dest);
  return { ...result, resumedFrom };
}
