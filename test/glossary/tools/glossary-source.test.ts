import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parserText, readGlossarySource } from '../../../glossary/tools/glossary-source.js';
import { GlossaryError } from '../../../pipeline/core/errors.js';

describe('readGlossarySource', () => {
  it('keeps the exact text for edits and gives the parser its normalised text', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-glossary-'));
    await writeFile(path.join(dir, 'g.yaml'), '\uFEFFterms:\r\n  - source: Lu\u0308ttich\r\n');
    expect(await readGlossarySource('g.yaml', dir)).toEqual({
      file: 'g.yaml',
      path: path.join(dir, 'g.yaml'),
      raw: '\uFEFFterms:\r\n  - source: Lu\u0308ttich\r\n',
      text: 'terms:\n  - source: Lüttich\n',
    });
  });

  it.each([
    ['a missing file', async () => 'missing.yaml', 'missing.yaml: no such file'],
    ['invalid UTF-8', async (dir: string) => (await writeFile(path.join(dir, 'latin1.yaml'), Buffer.from('terms:\n  - source: L\xfcttich\n', 'latin1')), 'latin1.yaml'), 'latin1.yaml:2: invalid UTF-8, expected UTF-8 text'],
  ])('names the file for %s', async (_, make, message) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-glossary-'));
    await expect(readGlossarySource(await make(dir), dir)).rejects.toThrow(message);
    await expect(readGlossarySource(await make(dir), dir)).rejects.toBeInstanceOf(GlossaryError);
  });
});

describe('parserText', () => {
  it('normalises edited text the way the reader does', () => {
    expect(parserText('\uFEFFa: b\r\n', 'g.yaml')).toBe('a: b\n');
  });
});
