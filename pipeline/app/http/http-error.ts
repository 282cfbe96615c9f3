import { LektorError } from '../../core/errors.js';

/** A request a server refuses: the HTTP status, the one line its answer gives, and headers it needs (`Retry-After`). */
export class HttpError extends LektorError {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  constructor(status: number, message: string, options?: { cause?: unknown; headers?: Readonly<Record<string, string>> }) {
    super('http', message, options);
    this.status = status;
    this.headers = options?.headers ?? {};
  }
}
