import type { FastifyError, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { firstLine } from '../../core/errors.js';
import { HttpError } from './http-error.js';

/**
 * A server's words for the refusals HTTP itself makes, and its status and line for anything
 * else a request fails with; every failure is answered from here.
 */
export interface Refusals {
  readonly notFound: string;
  readonly tooLarge: (limit: number) => string;
  /** A body of another type than the server reads, or none where one is needed. */
  readonly unsupportedType: string;
  readonly notJson: string;
  /** What neither the routes (with an `HttpError`) nor HTTP refused: the server's own failures. */
  readonly otherwise: (error: unknown) => HttpError;
}

export interface ErrorReplyOptions {
  readonly refusals: Refusals;
  /**
   * Whether a request is answered with one line of text (a page a browser shows) rather than
   * JSON `{ "error": … }` (what a script reads).
   * @default () => false
   */
  readonly asText?: (request: FastifyRequest) => boolean;
  /**
   * Told of every failure on the server's side (5xx), for the operator's log.
   * @default undefined
   */
  readonly onInternal?: (request: FastifyRequest, message: string) => void;
}

function refusalOf(error: unknown, refusals: Refusals, bodyLimit: number): HttpError {
  if (error instanceof HttpError) return error;
  const { code, statusCode } = error as Partial<FastifyError>;
  // Fastify's own: a path its router cannot even decode (`/%ff`) names nothing either.
  if (code === 'FST_ERR_NOT_FOUND') return new HttpError(404, refusals.notFound, { cause: error });
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new HttpError(413, refusals.tooLarge(bodyLimit), { cause: error });
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new HttpError(415, refusals.unsupportedType, { cause: error });
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || code === 'FST_ERR_CTP_INVALID_JSON_BODY') return new HttpError(400, refusals.notJson, { cause: error });
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) return new HttpError(statusCode, firstLine(error), { cause: error });
  return refusals.otherwise(error);
}

/**
 * One error handler and one not-found handler for the whole app: every failure, a route's own
 * `HttpError`, HTTP's (too large, wrong type, broken JSON, no such route) or anything unexpected,
 * becomes a status and one line, answered in the server's one shape.
 */
export const errorReply = fp<ErrorReplyOptions>(
  async (app, { refusals, asText = () => false, onInternal }) => {
    app.setErrorHandler(async (error, request, reply) => {
      const refusal = refusalOf(error, refusals, app.initialConfig.bodyLimit ?? 0);
      if (refusal.status >= 500) onInternal?.(request, refusal.message);
      reply.code(refusal.status).headers(refusal.headers);
      return asText(request) ? reply.type('text/plain; charset=utf-8').send(`${refusal.message}\n`) : reply.send({ error: refusal.message });
    });
    app.setNotFoundHandler(async () => {
      throw new HttpError(404, refusals.notFound);
    });
  },
  { name: 'lektor-error-reply' },
);
