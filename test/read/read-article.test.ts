import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../pipeline/read/read-article.js';

describe('readArticle', () => {
  it('reads a file into a document without paragraphs', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-read-'));
    const file = path.join(dir, 'bericht.de.txt');
    await writeFile(file, 'Der Geheimdienst.\r\n');
    const doc = await readArticle(file);
    expect(doc.text).toBe('Der Geheimdienst.\n');
    expect(doc.meta.name).toBe('bericht');
    expect(doc.paragraphs).toEqual([]);
  });

  it('names a missing file', async () => {
    await expect(readArticle('nope.txt')).rejects.toThrow('nope.txt: no such file');
  });
});
