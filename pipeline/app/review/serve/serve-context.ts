import type { MemoryPool } from '../memory-pool.js';
import type { ReviewModel } from './review-model.js';

/** What every route may use: the folder, the secret, the clock, the memories, the model, and the one writer. */
export interface ServeContext {
  readonly outDir: string;
  readonly token: string;
  readonly now: () => Date;
  readonly memories: MemoryPool;
  /** The model behind the editor's suggestions; absent when they are off (`--no-model`). */
  readonly model?: ReviewModel;
  /** Whether a save gives its English to the folder's unreviewed repeats (`review.propagate`). */
  readonly propagate: boolean;
  /** Runs a change after every change before it: two saves never interleave their writes. */
  exclusive<T>(change: () => Promise<T>): Promise<T>;
}
