/** One file of a download went wrong; `reason` is the part of the CLI's line after the file's name. */
export class DownloadFailure extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super(`${file}: ${reason}`, options);
    this.name = 'DownloadFailure';
    this.file = file;
    this.reason = reason;
  }
}

/** What an HTTP error from the hub means to the person running Lektor. */
export function httpReason(status: number, url: URL): string {
  const from = `HTTP ${status} from ${url.origin}`;
  if (status === 401 || status === 403) return `${from}: the model is private or gated; set HF_TOKEN to a token that may read it`;
  if (status === 404) return `${from}: no such model, revision or file; check the model id`;
  if (status >= 500) return `${from}: the hub failed; try again later`;
  return from;
}

/** fetch's own errors say `fetch failed`; the cause says why (refused, no such host, reset). */
export function networkReason(error: unknown, url: URL): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const detail = code ?? (cause instanceof Error ? cause.message : String(cause));
  return `cannot reach ${url.origin} (${detail}); check the network, or set HF_ENDPOINT to a mirror`;
}
