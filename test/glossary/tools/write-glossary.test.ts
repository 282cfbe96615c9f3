import { chmod, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertWritable, writeGlossary } from '../../../glossary/tools/write-glossary.js';
import { GlossaryError } from '../../../pipeline/core/errors.js';

async function tempGlossary(mode: number): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'lektor-glossary-')), 'g.yaml');
  await writeFile(file, 'terms: []\n');
  await chmod(file, mode);
  return file;
}

describe('assertWritable', () => {
  it('refuses a read-only file, even for root, and leaves it untouched', async () => {
    const file = await tempGlossary(0o444);
    await expect(assertWritable('g.yaml', file)).rejects.toThrow(new GlossaryError({ file: 'g.yaml' }, 'the file is read-only; nothing was changed'));
    expect(await readFile(file, 'utf8')).toBe('terms: []\n');
  });

  it('lets a writable or a new file through', async () => {
    const file = await tempGlossary(0o644);
    await expect(assertWritable('g.yaml', file)).resolves.toBeUndefined();
    await expect(assertWritable('new.yaml', path.join(path.dirname(file), 'new.yaml'))).resolves.toBeUndefined();
  });
});

describe('writeGlossary', () => {
  it('replaces the file and keeps its permissions', async () => {
    const file = await tempGlossary(0o640);
    await writeGlossary(file, 'terms:\n  - source: A\n    target: a\n');
    expect(await readFile(file, 'utf8')).toBe('terms:\n  - source: A\n    target: a\n');
    expect((await stat(file)).mode & 0o777).toBe(0o640);
  });
});
