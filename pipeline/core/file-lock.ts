import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import lockfile from 'proper-lockfile';
import { LektorError, firstLine } from './errors.js';

export interface FileLockOptions {
  /** The lock itself: a directory proper-lockfile creates and removes (its parent is made if missing). */
  readonly lockPath: string;
  /** What the lock guards, named first in its errors: the folder or the file. */
  readonly name: string;
  /** How long to wait for another process's lock before giving up, in seconds. @default 120 */
  readonly wait?: number;
}

/** Default of `FileLockOptions.wait`: a folder's slowest change, the check over a large folder, ends well within it. */
export const LOCK_WAIT_SECONDS = 120;

/**
 * A holder refreshes its lock's time every `UPDATE_MS`; a lock not refreshed for `LOCK_STALE_MS`
 * is a killed process's, and the next taker removes it. The margin lets a holder's busy event loop
 * miss a few refreshes without losing its lock.
 */
export const LOCK_STALE_MS = 15_000;
const UPDATE_MS = 3_000;
/** How often a waiting process tries again. */
const POLL_MS = 100;

/** The locks this async call chain holds: a change inside a locked change does not wait for itself. */
const held = new AsyncLocalStorage<ReadonlySet<string>>();
/** Per lock, the end of the last change this process queued: its own changes take turns before they reach the disk's lock. */
const queued = new Map<string, Promise<unknown>>();

async function acquire(options: FileLockOptions, compromised: (error: Error) => void): Promise<() => Promise<void>> {
  const wait = options.wait ?? LOCK_WAIT_SECONDS;
  const deadline = Date.now() + wait * 1000;
  await mkdir(path.dirname(options.lockPath), { recursive: true });
  for (;;) {
    try {
      return await lockfile.lock(options.lockPath, {
        realpath: false,
        lockfilePath: options.lockPath,
        stale: LOCK_STALE_MS,
        update: UPDATE_MS,
        retries: 0,
        onCompromised: compromised,
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw new LektorError('lock', `${options.name}: cannot take its lock ${options.lockPath} (${firstLine(error)})`, { cause: error });
      if (Date.now() >= deadline) {
        throw new LektorError('locked', `${options.name}: another Lektor process has held its lock for over ${wait} s; try again when it has finished (or remove ${options.lockPath} if no Lektor process runs)`);
      }
      await delay(POLL_MS);
    }
  }
}

async function runLocked<T>(options: FileLockOptions, change: () => Promise<T>): Promise<T> {
  let lost: Error | undefined;
  const release = await acquire(options, (error) => (lost = error));
  const mine = new Set(held.getStore() ?? []).add(options.lockPath);
  try {
    return await held.run(mine, change);
  } finally {
    await release().catch((error: unknown) => (lost ??= error as Error));
    // Thrown after the change, not from proper-lockfile's timer (which would end the process with a stack).
    if (lost) throw new LektorError('lock', `${options.name}: its lock was taken over while this process held it (${firstLine(lost)}); check what it holds`, { cause: lost });
  }
}

/**
 * Runs `change` holding an exclusive lock between processes (proper-lockfile: a directory
 * created atomically, its time refreshed while held, taken over once stale, so a killed process's
 * lock does not block for ever). A second process waits up to `wait` seconds, then fails with one
 * line naming what is locked. Within one process, changes take turns; a change made inside one
 * already holding the lock runs at once.
 */
export async function withFileLock<T>(options: FileLockOptions, change: () => Promise<T>): Promise<T> {
  if (held.getStore()?.has(options.lockPath)) return change();
  const before = queued.get(options.lockPath) ?? Promise.resolve();
  const turn = before.then(() => runLocked(options, change));
  const settled = turn.catch(() => undefined);
  queued.set(options.lockPath, settled);
  void settled.then(() => {
    if (queued.get(options.lockPath) === settled) queued.delete(options.lockPath);
  });
  return turn;
}
