import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Verification } from './events.js';

/** The hash a hub file's ETag promises, where it is one we can recompute. */
export interface ExpectedDigest {
  readonly kind: Exclude<Verification, 'size'>;
  readonly hex: string;
}

/**
 * The hub names a large (LFS) file by its SHA-256 (`X-Linked-Etag`, 64 hex digits) and a small
 * file by its git blob hash (`ETag`, 40 hex digits: SHA-1 over `blob <size>\0` and the bytes).
 * Any other ETag (a mirror's, a CDN's) promises nothing we can check: only the size is.
 */
export function digestOfEtag(etag: string | undefined): ExpectedDigest | undefined {
  const hex = etag?.replace(/^W\//, '').replace(/"/g, '').toLowerCase();
  if (hex === undefined || etag?.startsWith('W/')) return undefined;
  if (/^[0-9a-f]{64}$/.test(hex)) return { kind: 'sha256', hex };
  if (/^[0-9a-f]{40}$/.test(hex)) return { kind: 'git-sha1', hex };
  return undefined;
}

function hasherFor(kind: ExpectedDigest['kind'], size: number): Hash {
  if (kind === 'sha256') return createHash('sha256');
  return createHash('sha1').update(`blob ${size}\0`);
}

/** The digest of a file on disk, in the form `expected` names. */
export async function digestFile(file: string, size: number, kind: ExpectedDigest['kind']): Promise<string> {
  const hash = hasherFor(kind, size);
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
