import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './errors.js';

/** An article's bytes (`file` relative to `cwd`); a file that cannot be read is one line naming it. */
export async function readArticleBytes(file: string, cwd = '.'): Promise<Uint8Array> {
  try {
    return await readFile(path.resolve(cwd, file));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? String(cause)})`;
    throw new InputError({ file }, reason, { cause });
  }
}
