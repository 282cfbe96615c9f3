import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs } from '../../pipeline/read/inputs.js';

describe('collectInputs', () => {
  it('expands folders to their .txt, .md and .html files in sorted order, files as given, no duplicates', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-inputs-'));
    await mkdir(path.join(dir, 'in'));
    for (const f of ['b.txt', 'a.txt', 'notes.md', 'page.HTM', 'scan.pdf', 'data.json']) await writeFile(path.join(dir, 'in', f), 'x');
    await writeFile(path.join(dir, 'c.txt'), 'x');
    const files = await collectInputs(['c.txt', 'in', 'in/a.txt'], dir);
    expect(files.map((f) => path.relative(dir, f))).toEqual(['c.txt', 'in/a.txt', 'in/b.txt', 'in/notes.md', 'in/page.HTM']);
  });

  it('names a missing input', async () => {
    await expect(collectInputs(['missing.txt'], tmpdir())).rejects.toThrow('missing.txt: no such file or directory');
  });

  it('names a folder with no articles', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-empty-'));
    await expect(collectInputs(['.'], dir)).rejects.toThrow('.: directory has no .txt, .md or .html articles');
  });

  it.each([
    [['in'], ['foo.md', 'foo.html'], 'in/foo.md: has the article name "foo" of in/foo.html'],
    [['in'], ['foo.txt', 'foo.de.txt'], 'in/foo.txt: has the article name "foo" of in/foo.de.txt'],
    [['in', 'other/foo.txt'], ['foo.txt'], 'other/foo.txt: has the article name "foo" of in/foo.txt'],
  ])('refuses inputs %j whose outputs would overwrite each other (%j)', async (inputs, names, message) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-names-'));
    await mkdir(path.join(dir, 'in'));
    await mkdir(path.join(dir, 'other'));
    for (const f of names) await writeFile(path.join(dir, 'in', f), 'x');
    await writeFile(path.join(dir, 'other', 'foo.txt'), 'x');
    await expect(collectInputs(inputs, dir)).rejects.toThrow(message);
  });
});
