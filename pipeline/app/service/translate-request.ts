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
  /** How many translations to give besides `translatedText` (0: none). */
  readonly alternatives: number;
  /** Lektor's extension: the English the one text's translation starts with. */
  readonly prefix?: string;
}

/** LibreTranslate's default `--alternatives-limit`. */
export const ALTERNATIVES_LIMIT = 3;

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
  if (alternatives < 0) throw new HttpError(400, 'Invalid request: alternatives must be 0 or more');
  if (alternatives > ALTERNATIVES_LIMIT) throw new HttpError(400, `Invalid request: Cannot request more than ${ALTERNATIVES_LIMIT} alternatives`);
  if (alternatives >= 1 && format !== 'text') throw new HttpError(400, 'Invalid request: alternatives are given for format text only');
  const prefix = parsePrefix(fields.prefix, { batch, format, alternatives, charLimit: limits.charLimit });
  return { texts, batch, autoSource: source === 'auto', format, alternatives: Math.trunc(alternatives), ...(prefix === undefined ? {} : { prefix }) };
}

/** Lektor's `prefix`: a string within the text limit, for one text in format text, without alternatives. */
function parsePrefix(prefix: unknown, request: { batch: boolean; format: TextFormat; alternatives: number; charLimit: number }): string | undefined {
  if (prefix === undefined || prefix === '') return undefined;
  if (typeof prefix !== 'string') throw new HttpError(400, 'Invalid request: prefix must be a string');
  if (prefix.length > request.charLimit) throw new HttpError(400, `Invalid request: prefix (${prefix.length}) exceeds text limit (${request.charLimit})`);
  if (request.batch) throw new HttpError(400, 'Invalid request: prefix takes a single q, not an array');
  if (request.format !== 'text') throw new HttpError(400, 'Invalid request: prefix is for format text only');
  if (request.alternatives >= 1) throw new HttpError(400, 'Invalid request: prefix and alternatives cannot be combined');
  return prefix;
}

/** The `api_key` of a body, where it has one. */
export function apiKeyOf(body: unknown): string | undefined {
  const key = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).api_key : undefined;
  return typeof key === 'string' && key !== '' ? key : undefined;
}
