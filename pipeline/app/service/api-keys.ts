import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../../core/errors.js';

/** The keys a server accepts, kept as digests: looking one up takes no longer for a near miss. */
export interface ApiKeys {
  readonly count: number;
  has(key: string): boolean;
}

const digest = (key: string): string => createHash('sha256').update(key).digest('hex');

export function apiKeys(keys: readonly string[]): ApiKeys {
  const digests = new Set(keys.map(digest));
  return { count: digests.size, has: (key) => digests.has(digest(key)) };
}

/** A keys file: one key a line; blank lines and lines starting with `#` are skipped. */
export async function loadApiKeys(file: string, cwd: string): Promise<ApiKeys> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (cause) {
    throw new InputError({ file }, `cannot read the API keys (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`, { cause });
  }
  const keys = text.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  if (keys.length === 0) throw new InputError({ file }, 'no API keys in the file (one a line; # starts a comment)');
  return apiKeys(keys);
}
