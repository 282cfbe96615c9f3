import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { screenshotReviewPage } from '../../scripts/screenshot-review-page.js';
import { REPO_ROOT } from '../output/external-tools.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_BYTES = 300 * 1024;

/** A PNG's width and height, from its IHDR chunk (the first, right after the signature). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('screenshotReviewPage', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('translates the example article on the tiny model and saves one desktop viewport of its review page', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lektor-screenshot-test-'));
    dirs.push(dir);
    const out = await screenshotReviewPage({ out: join(dir, 'review-page.png') });
    expect(out).toBe(join(dir, 'review-page.png'));
    const png = await readFile(out);
    expect(pngSize(png)).toEqual({ width: 1280, height: 800 });
    expect(png.length).toBeLessThan(MAX_BYTES);
  }, 120_000);

  it('serves the folder for review and shows the model’s completion under a sentence’s editor', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lektor-screenshot-test-'));
    dirs.push(dir);
    const out = await screenshotReviewPage({ out: join(dir, 'completion.png'), completion: 's0005' });
    expect(pngSize(await readFile(out))).toEqual({ width: 1280, height: 800 });
  }, 120_000);

  it('refuses a viewport narrower than a phone, naming the option and the value', async () => {
    await expect(screenshotReviewPage({ width: 100 })).rejects.toThrow(new TypeError('screenshotReviewPage: `width` must be an integer of at least 320, got 100'));
  });

  it.each(['review-page.png', 'review-page-by-confidence.png', 'review-page-completion.png'])('the committed picture docs/%s is a 1280 × 800 PNG under 300 KB', async (name) => {
    const file = join(REPO_ROOT, 'docs', name);
    expect((await stat(file)).size).toBeLessThan(MAX_BYTES);
    expect(pngSize(await readFile(file))).toEqual({ width: 1280, height: 800 });
  });
});
