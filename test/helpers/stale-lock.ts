import { utimes } from 'node:fs/promises';
import { LOCK_STALE_MS } from '../../pipeline/core/file-lock.js';

/**
 * Puts the time of a lock a killed process left back past the stale period, as it stands once
 * that period has passed (a live holder would have refreshed it): the next taker removes it at
 * once, and the test does not wait the 15 s a user would.
 */
export async function ageLock(lockPath: string): Promise<void> {
  const then = new Date(Date.now() - LOCK_STALE_MS - 1000);
  await utimes(lockPath, then, then);
}
