import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../../pipeline/core/errors.js';
import { FORMAT_NAMES } from '../../output/index.js';
import { reviewIndexEntry } from '../../output/review-index.js';
import { writeOutputs, writeReviewIndex } from '../../output/write.js';
import { RENDER_OPTIONS, reviewDoc } from './review-doc.js';

const tempDir = () => mkdtemp(path.join(os.tmpdir(), 'lektor-write-'));

describe('write', () => {
  it('writes every format under its file name and leaves no temporary file', async () => {
    const dir = await tempDir();
    const files = await writeOutputs(reviewDoc(), FORMAT_NAMES, dir, RENDER_OPTIONS);
    expect(files.map((f) => path.basename(f))).toEqual([
      'review-doc.review.html',
      'review-doc.review.md',
      'review-doc.tmx',
      'review-doc.xlf',
      'review-doc.xliff2.xlf',
      'review-doc.jsonl',
      'review-doc.en.txt',
    ]);
    expect((await readdir(dir)).sort()).toEqual(files.map((f) => path.basename(f)).sort());
  });

  it('writes the same bytes twice', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await writeOutputs(reviewDoc(), FORMAT_NAMES, a, RENDER_OPTIONS);
    await writeOutputs(reviewDoc(), FORMAT_NAMES, b, RENDER_OPTIONS);
    for (const name of await readdir(a)) expect(await readFile(path.join(b, name), 'utf8')).toBe(await readFile(path.join(a, name), 'utf8'));
  });

  it('writes the batch index.html', async () => {
    const dir = await tempDir();
    const file = await writeReviewIndex([reviewIndexEntry(reviewDoc())], dir, RENDER_OPTIONS);
    expect(file).toBe(path.join(dir, 'index.html'));
    expect(await readFile(file, 'utf8')).toContain('<a href="review-doc.review.html">review-doc</a>');
  });

  it('names the file it cannot write', async () => {
    const blocker = path.join(await tempDir(), 'not-a-folder');
    await writeFile(blocker, '');
    const error = await writeReviewIndex([reviewIndexEntry(reviewDoc())], blocker, RENDER_OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).describe()).toBe(`${path.join(blocker, 'index.html')}: cannot write (EEXIST)`);
  });
});
