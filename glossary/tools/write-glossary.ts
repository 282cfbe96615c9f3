import { constants } from 'node:fs';
import { access, chmod, stat } from 'node:fs/promises';
import { GlossaryError } from '../../pipeline/core/errors.js';
import { writeFileAtomic } from '../../pipeline/core/write-file-atomic.js';

/** The file's permission bits, or undefined for a file that does not exist yet. */
export async function fileMode(path: string): Promise<number | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info ? info.mode & 0o7777 : undefined;
}

/**
 * Refuses, before any work, to change a glossary that is read-only. Renaming a new file over it
 * would succeed even so, and as root so would writing, which is why the permission bits count too.
 */
export async function assertWritable(file: string, path: string): Promise<void> {
  const mode = await fileMode(path);
  if (mode === undefined) return;
  const writable = (mode & 0o222) !== 0 && (await access(path, constants.W_OK).then(() => true, () => false));
  if (!writable) throw new GlossaryError({ file }, 'the file is read-only; nothing was changed');
}

/** Writes the glossary atomically, so an interrupted edit leaves the old file, and keeps its permissions. */
export async function writeGlossary(path: string, raw: string): Promise<void> {
  const mode = await fileMode(path);
  await writeFileAtomic(path, raw);
  if (mode !== undefined) await chmod(path, mode);
}
