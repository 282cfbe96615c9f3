import { InputError, LektorError, firstLine } from '../../core/errors.js';
import type { Refusals } from '../http/error-reply.js';
import { HttpError } from '../http/http-error.js';

/**
 * What the service tells a refused request, in LibreTranslate's words where it has them: a text
 * Lektor cannot read is the request's fault (400), anything else LibreTranslate's 500.
 */
export const SERVICE_REFUSALS: Refusals = {
  notFound: 'Not Found',
  tooLarge: (limit) => `Request body is larger than ${limit} bytes`,
  unsupportedType: 'Unsupported Content-Type: send application/json or application/x-www-form-urlencoded',
  notJson: 'Invalid JSON format',
  otherwise: (error) =>
    error instanceof InputError
      ? new HttpError(400, `Invalid request: ${error.describe()}`, { cause: error })
      : new HttpError(500, `Cannot translate text: ${error instanceof LektorError ? error.describe() : firstLine(error)}`, { cause: error }),
};
