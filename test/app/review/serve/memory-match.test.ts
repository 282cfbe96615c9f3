import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleRecord } from '../../../../pipeline/app/review/article-record.js';
import { startReviewServer, type ReviewServer } from '../../../../pipeline/app/review/serve/review-server.js';
import { segmentsOf, type Segment } from '../../../../pipeline/core/doc.js';
import { launchChromium, watchTab } from '../../../helpers/review-browser.js';
import { runMain } from '../../../helpers/run-main.js';
import { tinyModelDir } from '../../../helpers/tiny-model.js';
import { REVIEW_FORMATS, translatedArticles } from '../../../helpers/translated-articles.js';

const EARLIER = 'Der Geheimdienst überwacht das Logistikzentrum in Lüttich.';
const LATER = 'Der Geheimdienst überwacht seit Jahren das Logistikzentrum in Lüttich.';

let browser: Browser;
let out: string;
let server: ReviewServer;
/** The later article's sentence, with the earlier one as its fuzzy match. */
let later: Segment;

beforeAll(async () => {
  let folder: { dir: string; out: string };
  [browser, folder] = await Promise.all([launchChromium(), translatedArticles({ earlier: `Spionage\n\n${EARLIER}\n` })]);
  out = folder.out;
  // A second run into the same folder and memory: the earlier run's sentence is now a fuzzy match.
  await writeFile(path.join(folder.dir, 'later.txt'), `Spionage seit Jahren\n\n${LATER}\n`);
  const run = await runMain(['translate', 'later.txt', '--model', await tinyModelDir(), '--offline', '--out', 'out', '--format', REVIEW_FORMATS, '-q'], {
    cwd: folder.dir,
    env: { SOURCE_DATE_EPOCH: '1700000000' },
  });
  expect(run).toMatchObject({ code: 0, err: '' });
  later = segmentsOf((await readArticleRecord(out, 'later')).doc).find((s) => s.source === LATER)!;
  server = await startReviewServer(out, { port: 0, model: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function tab(url: string, width = 1400): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const { problems } = watchTab(page);
  await page.goto(url);
  return { page, problems };
}

describe('the best memory match, in headless Chromium', () => {
  it('is a real match of the run: the earlier sentence, 80% alike', () => {
    expect(later.matches?.[0]).toMatchObject({ similarity: 80, source: EARLIER, origin: 'model' });
  });

  it('shows under the German on the written review page: percent, the German with the difference marked, the English', async () => {
    const { page, problems } = await tab(pathToFileURL(path.join(out, 'later.review.html')).href);
    const match = page.locator(`#${later.id} td.src .fuzzy-match`);
    expect(await match.locator('.match-label').innerText()).toMatch(/^Memory match 80%\n, its German against this one:$/);
    // Only this sentence has "seit Jahren": the words to add to the match's English.
    expect(await match.locator('.match-de ins').allTextContents()).toEqual(['[added: seit Jahren ]']);
    expect(await match.locator('.match-de del').count()).toBe(0);
    expect(await match.locator('.match-de').textContent()).toBe('Der Geheimdienst überwacht [added: seit Jahren ]das Logistikzentrum in Lüttich.');
    expect(await match.locator('.match-en').innerText()).toBe(later.matches![0]!.target);
    expect(problems).toEqual([]);
  });

  it('goes into the open editor with Alt+M, keyboard only, and a save then stores the match’s English', async () => {
    const { page, problems } = await tab(server.url);
    await page.goto(new URL('/later.review.html', server.url).href);
    const english = later.matches![0]!.target;
    const row = page.locator(`#${later.id}`);
    await row.focus();
    await page.keyboard.press('Enter');
    const editor = row.locator('textarea.edit');
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.className')).toBe('edit');
    expect(await row.getByRole('button', { name: 'Use match' }).getAttribute('aria-keyshortcuts')).toBe('Alt+M');
    await page.keyboard.press('Alt+M');
    expect(await editor.inputValue()).toBe(english);
    // The match stays in view while editing: it stands in the German's cell.
    expect(await row.locator('td.src .fuzzy-match').isVisible()).toBe(true);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => row.locator('.msg').innerText()).toMatch(/^Saved/);
    const saved = segmentsOf((await readArticleRecord(out, 'later')).doc).find((s) => s.id === later.id);
    expect(saved).toMatchObject({ target: english, origin: 'review' });
    // The saved row keeps its match.
    expect(await row.locator('.fuzzy-match .match-label').innerText()).toMatch(/^Memory match 80%/);
    expect(problems).toEqual([]);
  });

  it('goes in with the Use match button on a phone-sized screen, which does not scroll sideways', async () => {
    const { page, problems } = await tab(server.url, 390);
    await page.goto(new URL('/later.review.html', server.url).href);
    const row = page.locator('tr.seg[data-version]').filter({ has: page.locator('.fuzzy-match') });
    await row.locator('td.tgt').click();
    await row.locator('textarea.edit').fill('');
    await row.getByRole('button', { name: 'Use match' }).click();
    expect(await row.locator('textarea.edit').inputValue()).toBe(later.matches![0]!.target);
    expect(await page.locator('html').evaluate((root) => root.scrollWidth - root.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.locator('.key-help').innerText()).toContain('Alt+M');
    expect(problems).toEqual([]);
  });
});
