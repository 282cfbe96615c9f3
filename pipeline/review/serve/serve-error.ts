import { LektorError } from '../../errors.js';

/** The review server cannot start: its port is taken or not allowed. */
export class ServeError extends LektorError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('serve', message, options);
  }
}
