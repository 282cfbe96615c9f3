import type { MemoryPool } from '../memory-pool.js';

/** What every route may use: the folder, the secret, the clock, the memories, and the one writer. */
export interface ServeContext {
  readonly outDir: string;
  readonly token: string;
  readonly now: () => Date;
  readonly memories: MemoryPool;
  /** Runs a change after every change before it: two saves never interleave their writes. */
  exclusive<T>(change: () => Promise<T>): Promise<T>;
}
