import type { TranslationMemory } from '../../../engine/memory/memory.js';
import { defaultConfig } from '../../../config.js';
import type { ReviewModelOptions } from './review-model.js';

/** How `startReviewServer` serves an output folder. */
export interface ReviewServerOptions {
  /**
   * Port on 127.0.0.1; 0 lets the system pick a free one.
   * @default 7411
   */
  readonly port?: number;
  /**
   * The time stamped on each review and into the outputs it rewrites.
   * @default () => new Date()
   */
  readonly now?: () => Date;
  /**
   * The largest request body accepted, in bytes; a larger one is answered 413.
   * @default 65536
   */
  readonly maxBodyBytes?: number;
  /**
   * Where every review goes, instead of the memory each article's run used: the one `lektor
   * worker`s share, for articles `queue collect` wrote. The caller opens and closes it.
   * @default undefined
   */
  readonly memory?: TranslationMemory;
  /**
   * Where the editor's suggestions (completion, alternatives) find the model each article's run
   * used, opened on the first request for one; `false` turns them off.
   * @default the model cache `lektor translate` uses, model directories relative to the working directory
   */
  readonly model?: ReviewModelOptions | false;
  /**
   * A save or approval gives its English to the identical German sentences of the folder that
   * nobody reviewed (docs/reviewing.md#propagation).
   * @default true
   */
  readonly propagate?: boolean;
  /**
   * Told one line when a model loads, and when it cannot.
   * @default () => {}
   */
  readonly log?: (line: string) => void;
}

export const DEFAULT_REVIEW_PORT = 7411;

export type ResolvedServerOptions = Required<Omit<ReviewServerOptions, 'memory'>> & Pick<ReviewServerOptions, 'memory'>;

function checkInteger(name: keyof ReviewServerOptions, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new TypeError(`startReviewServer: ${name} must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
}

/** The options with their defaults, checked once. */
export function resolveServerOptions(options: ReviewServerOptions): ResolvedServerOptions {
  const resolved = {
    port: options.port ?? DEFAULT_REVIEW_PORT,
    now: options.now ?? (() => new Date()),
    maxBodyBytes: options.maxBodyBytes ?? 64 * 1024,
    model: options.model ?? { cacheDir: defaultConfig().model.cacheDir, cwd: process.cwd() },
    log: options.log ?? (() => {}),
    propagate: options.propagate ?? true,
    ...(options.memory ? { memory: options.memory } : {}),
  };
  checkInteger('port', resolved.port, 0, 65535);
  checkInteger('maxBodyBytes', resolved.maxBodyBytes, 1, 2 ** 30);
  return resolved;
}
