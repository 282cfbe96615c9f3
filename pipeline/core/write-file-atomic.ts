import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OutputError } from './errors.js';

/**
 * Temp file + rename: a reader (or a resumed run) sees the old file or the new one, never half of
 * one, even if the process is killed mid-write.
 */
export async function writeFileAtomic(file: string, contents: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(tmp, contents, 'utf8');
    await rename(tmp, file);
  } catch (cause) {
    // Best effort: where the folder itself is unusable the cleanup fails too, and the cause that
    // matters is the original one.
    await rm(tmp, { force: true }).catch(() => undefined);
    const code = (cause as NodeJS.ErrnoException).code ?? String(cause);
    throw new OutputError({ file }, `cannot write (${code})${code === 'ENOSPC' ? ': the disk is full' : ''}`, { cause });
  }
}
