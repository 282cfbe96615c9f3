import { GlossaryError, LektorError, ReviewError, firstLine } from '../../../core/errors.js';
import { HttpError } from './http-error.js';
import { json, text, type Reply } from './reply.js';

/** What a refused request is told: JSON `{ error }` for the page's script, one line of text for a browser. */
export function failure(status: number, message: string, asJson: boolean): Reply {
  return asJson ? json(status, { error: message }) : text(status, `${message}\n`);
}

function statusOf(error: unknown): number {
  if (error instanceof HttpError) return error.status;
  // A stale version is a conflict the reviewer resolves by reloading; other refusals are the edit's.
  if (error instanceof ReviewError) return error.code === 'conflict' ? 409 : 422;
  if (error instanceof GlossaryError) return 422;
  return 500;
}

/** The answer for a request that failed: Lektor's one line, or the first line of anything unexpected. */
export function errorReply(error: unknown, asJson: boolean): Reply {
  const message =
    error instanceof HttpError ? error.message : error instanceof LektorError ? error.describe() : `unexpected error: ${firstLine(error)}`;
  return failure(statusOf(error), message, asJson);
}
