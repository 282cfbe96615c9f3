import type { TranslationEngine } from '../../engine/translation-engine.js';
import { UsageError } from '../../core/errors.js';
import type { ApiKeys } from './api-keys.js';

/** How `startTranslationService` serves an engine. */
export interface ServiceOptions {
  /** Opened (and, once the service is closed, closed) by the caller; the service shares its batches between requests. */
  readonly engine: TranslationEngine;
  /**
   * Port; 0 lets the system pick a free one. LibreTranslate's, so its clients' defaults work.
   * @default 5000
   */
  readonly port?: number;
  /**
   * Address to listen on. Anything but a loopback address needs `apiKeys`.
   * @default '127.0.0.1'
   */
  readonly host?: string;
  /**
   * Keys a request must give as `api_key`; without them no key is asked for.
   * @default undefined
   */
  readonly apiKeys?: ApiKeys;
  /**
   * The largest request body, in bytes; a larger one is answered 413.
   * @default 1_048_576
   */
  readonly maxBodyBytes?: number;
  /**
   * Characters in one text of `q`; a longer one is answered 400. A long news article has 20,000.
   * @default 50_000
   */
  readonly charLimit?: number;
  /**
   * Texts in an array `q`; more are answered 400.
   * @default 100
   */
  readonly batchLimit?: number;
  /**
   * Translation requests per minute from one key (or, without one, one address); more are answered 429.
   * @default 120
   */
  readonly requestsPerMinute?: number;
  /**
   * Milliseconds a translation may take before the request is answered 503. The sentences still
   * finish and are remembered, so asking again is quick.
   * @default 120_000
   */
  readonly timeoutMs?: number;
  /**
   * Origins (`https://cms.example.org`) whose web pages may call the service from a browser (CORS);
   * none may without them.
   * @default []
   */
  readonly corsOrigins?: readonly string[];
  /**
   * Stamped on the translations' outputs.
   * @default () => new Date()
   */
  readonly now?: () => Date;
}

/** The defaults documented above, also for help texts. */
export const SERVICE_DEFAULTS = {
  port: 5000,
  host: '127.0.0.1',
  maxBodyBytes: 1024 * 1024,
  charLimit: 50_000,
  batchLimit: 100,
  requestsPerMinute: 120,
  timeoutMs: 120_000,
} as const;

export type ResolvedServiceOptions = Required<Omit<ServiceOptions, 'apiKeys'>> & Pick<ServiceOptions, 'apiKeys'>;

/** Whether `host` names this machine only. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function checkInteger(name: keyof ServiceOptions, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new TypeError(`startTranslationService: ${name} must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
}

/** An origin as a browser sends it: scheme, host and port, nothing after. */
function checkOrigin(origin: string): void {
  if (!URL.canParse(origin) || new URL(origin).origin !== origin) throw new UsageError(`--cors ${origin} is not an origin; give scheme, host and port only, e.g. https://cms.example.org`);
}

/** The options with their defaults, checked once, before the port is opened. */
export function resolveServiceOptions(options: ServiceOptions): ResolvedServiceOptions {
  const resolved = {
    engine: options.engine,
    port: options.port ?? SERVICE_DEFAULTS.port,
    host: options.host ?? SERVICE_DEFAULTS.host,
    apiKeys: options.apiKeys,
    maxBodyBytes: options.maxBodyBytes ?? SERVICE_DEFAULTS.maxBodyBytes,
    charLimit: options.charLimit ?? SERVICE_DEFAULTS.charLimit,
    batchLimit: options.batchLimit ?? SERVICE_DEFAULTS.batchLimit,
    requestsPerMinute: options.requestsPerMinute ?? SERVICE_DEFAULTS.requestsPerMinute,
    timeoutMs: options.timeoutMs ?? SERVICE_DEFAULTS.timeoutMs,
    corsOrigins: options.corsOrigins ?? [],
    now: options.now ?? (() => new Date()),
  };
  checkInteger('port', resolved.port, 0, 65535);
  checkInteger('maxBodyBytes', resolved.maxBodyBytes, 1, 2 ** 30);
  checkInteger('charLimit', resolved.charLimit, 1, 2 ** 30);
  checkInteger('batchLimit', resolved.batchLimit, 1, 100_000);
  checkInteger('requestsPerMinute', resolved.requestsPerMinute, 1, 1_000_000);
  checkInteger('timeoutMs', resolved.timeoutMs, 1, 2 ** 31 - 1);
  for (const origin of resolved.corsOrigins) checkOrigin(origin);
  if (!resolved.apiKeys && !isLoopback(resolved.host)) {
    throw new UsageError(`--host ${resolved.host} would let other machines translate without a key; give --api-keys FILE, or keep the default 127.0.0.1`);
  }
  return resolved;
}
