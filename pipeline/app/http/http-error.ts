import { LektorError } from '../../core/errors.js';

/** A request a server refuses: the HTTP status, and the one line its answer gives. */
export class HttpError extends LektorError {
  readonly status: number;
  constructor(status: number, message: string, options?: { cause?: unknown }) {
    super('http', message, options);
    this.status = status;
  }
}
