import { GlossaryError, LektorError, ReviewError, firstLine } from '../../../core/errors.js';
import type { Refusals } from '../../http/error-reply.js';
import { HttpError } from '../../http/http-error.js';

function otherwise(error: unknown): HttpError {
  // A stale version is a conflict the reviewer resolves by reloading; other refusals are the edit's.
  if (error instanceof ReviewError) return new HttpError(error.code === 'conflict' ? 409 : 422, error.describe(), { cause: error });
  if (error instanceof GlossaryError) return new HttpError(422, error.describe(), { cause: error });
  // Another process is changing the folder: the same save later goes through.
  if (error instanceof LektorError && error.code === 'locked') return new HttpError(503, error.describe(), { cause: error });
  if (error instanceof LektorError) return new HttpError(500, error.describe(), { cause: error });
  return new HttpError(500, `unexpected error: ${firstLine(error)}`, { cause: error });
}

/** What the review server tells a refused request: Lektor's one line, or the first line of anything unexpected. */
export const REVIEW_REFUSALS: Refusals = {
  notFound: 'not found',
  tooLarge: (limit) => `the request is larger than ${limit} bytes`,
  unsupportedType: 'send JSON, with Content-Type: application/json',
  notJson: 'the request body is not JSON',
  otherwise,
};
