import type { FastifyError } from 'fastify';
import { InputError, LektorError, firstLine } from '../../core/errors.js';
import { ServiceError } from './service-error.js';

/** What a failed request is answered: a status and LibreTranslate's `{ "error": … }` body. */
export interface ErrorReply {
  readonly status: number;
  readonly body: { readonly error: string };
  /** Whether it is the server's fault, for the log. */
  readonly internal: boolean;
}

const reply = (status: number, error: string): ErrorReply => ({ status, body: { error }, internal: status >= 500 });

/**
 * Turns whatever a request failed with into its answer: the service's refusals as they are, the
 * HTTP layer's (body too large, unknown content type, broken JSON) in the same shape, a text
 * Lektor cannot read as 400, and anything else as LibreTranslate's 500.
 */
export function errorReply(error: unknown, maxBodyBytes: number): ErrorReply {
  if (error instanceof ServiceError) return reply(error.status, error.message);
  if (error instanceof InputError) return reply(400, `Invalid request: ${error.describe()}`);
  const code = (error as Partial<FastifyError>).code;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply(413, `Request body is larger than ${maxBodyBytes} bytes`);
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply(415, 'Unsupported Content-Type: send application/json or application/x-www-form-urlencoded');
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) return reply(400, 'Invalid JSON format');
  const status = (error as Partial<FastifyError>).statusCode;
  const message = error instanceof LektorError ? error.describe() : firstLine(error);
  if (status !== undefined && status >= 400 && status < 500) return reply(status, message);
  return reply(500, `Cannot translate text: ${message}`);
}
