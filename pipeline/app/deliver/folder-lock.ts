import path from 'node:path';
import { withFileLock } from '../../core/file-lock.js';
import { RECORDS_DIR } from '../review/article-record.js';

export interface FolderLockOptions {
  /** Seconds to wait for another process's change to the folder. @default LOCK_WAIT_SECONDS */
  readonly wait?: number;
}

/**
 * Runs a change to an output folder (articles' records and outputs, `index.html`, `run.json`)
 * while no other Lektor process changes it: `review serve`'s saves, `review import` and the
 * deliveries of `translate` and `queue collect` take turns. One lock for the whole folder, not
 * one per article: the folder checks that end every delivery read every record and rewrite any
 * article, so a lock per article would have to take them all anyway. A read-modify-write of an
 * article holds it from the read to the last write, so no two processes revise the same record.
 */
export function withFolderLock<T>(outDir: string, change: () => Promise<T>, options: FolderLockOptions = {}): Promise<T> {
  const folder = path.resolve(outDir);
  return withFileLock({ lockPath: path.join(folder, RECORDS_DIR, 'folder.lock'), name: folder, ...options }, change);
}
