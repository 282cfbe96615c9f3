import { LektorError } from '../../core/errors.js';

/** A request the service refuses: the HTTP status, and the message LibreTranslate would give as `{ "error": … }`. */
export class ServiceError extends LektorError {
  readonly status: number;
  constructor(status: number, message: string, options?: { cause?: unknown }) {
    super('service', message, options);
    this.status = status;
  }
}
