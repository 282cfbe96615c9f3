import { HttpError } from '../http/http-error.js';

/** The formats LibreTranslate's `format` takes. */
export type TextFormat = 'text' | 'html';

/** A `POST /translate` body, checked: the texts, and whether `q` was an array. */
export interface TranslateRequest {
  readonly texts: readonly string[];
  readonly batch: boolean;
  /** `auto` is answered with `detectedLanguage`. */
  readonly autoSource: boolean;
  readonly format: TextFormat;
  readonly alternatives: number;
}

export interface RequestLimits {
  readonly charLimit: number;
  readonly batchLimit: number;
}

const SOURCES = ['de', 'auto'];
const TARGETS = ['en'];

const missing = (name: string): HttpError => new HttpError(400, `Invalid request: missing ${name} parameter`);

/**
 * Checks a LibreTranslate `/translate` body (JSON or form fields) and refuses it with
 * LibreTranslate's own messages: missing parameters, languages other than German → English,
 * formats other than text and html, and texts over the limits.
 */
export function parseTranslateRequest(body: unknown, limits: RequestLimits): TranslateRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'Invalid JSON format');
  const fields = body as Record<string, unknown>;
  const q = fields.q;
  const batch = Array.isArray(q);
  const texts = batch ? q : [q];
  if (q === undefined || q === '' || (batch && q.length === 0)) throw missing('q');
  if (!texts.every((t): t is string => typeof t === 'string')) throw new HttpError(400, 'Invalid request: q must be a string or an array of strings');
  const source = fields.source;
  if (source === undefined || source === '') throw missing('source');
  const target = fields.target;
  if (target === undefined || target === '') throw missing('target');
  if (batch && texts.length > limits.batchLimit) throw new HttpError(400, `Invalid request: request (${texts.length}) exceeds text limit (${limits.batchLimit})`);
  const tooLong = texts.find((t) => t.length > limits.charLimit);
  if (tooLong !== undefined) throw new HttpError(400, `Invalid request: request (${tooLong.length}) exceeds text limit (${limits.charLimit})`);
  if (typeof source !== 'string' || !SOURCES.includes(source)) throw new HttpError(400, `${String(source)} is not supported`);
  if (typeof target !== 'string' || !TARGETS.includes(target)) throw new HttpError(400, `${String(target)} is not supported`);
  const format = fields.format ?? 'text';
  if (format !== 'text' && format !== 'html') throw new HttpError(400, `${String(format)} format is not supported`);
  const alternatives = Number(fields.alternatives ?? 0);
  if (!Number.isFinite(alternatives)) throw new HttpError(400, 'Invalid request: alternatives parameter is not a number');
  return { texts, batch, autoSource: source === 'auto', format, alternatives: Math.max(0, Math.trunc(alternatives)) };
}

/** The `api_key` of a body, where it has one. */
export function apiKeyOf(body: unknown): string | undefined {
  const key = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).api_key : undefined;
  return typeof key === 'string' && key !== '' ? key : undefined;
}
