import { DownloadFailure, httpReason, networkReason } from './download-failure.js';
import { digestOfEtag, type ExpectedDigest } from './file-digest.js';
import { hubFileUrl, type HubAddress } from './hub-address.js';

/** A file as the hub announces it, before any of its bytes are fetched. */
export interface LocatedFile {
  /** Path inside the model, e.g. `onnx/encoder_model.onnx`. */
  readonly file: string;
  /** Where its bytes are: the hub's URL, or the storage URL the hub redirects large files to. */
  readonly url: URL;
  readonly etag?: string;
  readonly bytes?: number;
  readonly digest?: ExpectedDigest;
}

export interface HubRequestOptions {
  /** Sent as a bearer token, to the hub's own origin only. */
  readonly token?: string;
  readonly signal?: AbortSignal;
}

const MAX_REDIRECTS = 5;

/** Authorization for the hub itself; storage URLs it redirects to are signed and must not see the token. */
export function hubHeaders(url: URL, hub: HubAddress, token: string | undefined): Record<string, string> {
  return token !== undefined && url.origin === new URL(hub.endpoint).origin ? { authorization: `Bearer ${token}` } : {};
}

function sizeOf(value: string | null): number | undefined {
  return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
}

/**
 * Asks the hub about one file with HEAD, as the Hugging Face tools do: a large (LFS) file answers
 * with a redirect to its storage, carrying `X-Linked-Etag` (its SHA-256) and `X-Linked-Size`; a
 * small one answers 200 with its git hash as `ETag`. Redirects that say nothing of the file (a
 * renamed repository) are followed.
 */
export async function locateFile(hub: HubAddress, file: string, options: HubRequestOptions): Promise<LocatedFile> {
  let url = hubFileUrl(hub, file);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let response: Response;
    try {
      response = await fetch(url, { method: 'HEAD', redirect: 'manual', headers: hubHeaders(url, hub, options.token), signal: options.signal });
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      throw new DownloadFailure(file, networkReason(error, url), { cause: error });
    }
    const etag = response.headers.get('x-linked-etag') ?? response.headers.get('etag') ?? undefined;
    const bytes = sizeOf(response.headers.get('x-linked-size')) ?? (response.ok ? sizeOf(response.headers.get('content-length')) : undefined);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      const next = new URL(location, url);
      if (response.headers.has('x-linked-etag') || response.headers.has('x-linked-size')) return { file, url: next, etag, bytes, digest: digestOfEtag(etag) };
      url = next;
      continue;
    }
    if (!response.ok) throw new DownloadFailure(file, httpReason(response.status, url));
    return { file, url, etag, bytes, digest: digestOfEtag(etag) };
  }
  throw new DownloadFailure(file, `more than ${MAX_REDIRECTS} redirects from ${url.origin}`);
}
