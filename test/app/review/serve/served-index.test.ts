import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type ReviewServer } from '../../../../pipeline/app/review/serve/review-server.js';
import { launchChromium, watchTab, type WatchedTab } from '../../../helpers/review-browser.js';
import { reviewFolder, SEED_ARTICLE } from '../../../helpers/review-folder.js';
import { REPO_ROOT } from '../../../output/external-tools.js';

const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts');

let browser: Browser;
let server: ReviewServer;

async function tab(width: number): Promise<{ page: Page; tab: WatchedTab }> {
  const page = await browser.newPage({ viewport: { width, height: 844 } });
  const watched = watchTab(page);
  await page.goto(server.url);
  return { page, tab: watched };
}

const overflow = (page: Page): Promise<number> => page.locator('html').evaluate((root) => root.scrollWidth - root.clientWidth);

beforeAll(async () => {
  const folder = await reviewFolder();
  [browser, server] = await Promise.all([launchChromium(), startReviewServer(folder.out, { port: 0 })]);
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the served index and the editor on a phone and across the folder, in headless Chromium', () => {
  it('shows every column of the index on a 390 px phone, as a card per article with each value named', async () => {
    const { page, tab: watched } = await tab(390);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const cells = await page.locator('table.index tbody tr').first().locator('td').evaluateAll((tds) =>
      tds.map((td) => {
        const box = td.getBoundingClientRect();
        return { label: td.ownerDocument.defaultView?.getComputedStyle(td, '::before').content, text: td.textContent, inView: box.width > 0 && box.right <= td.ownerDocument.documentElement.clientWidth };
      }),
    );
    expect(cells.map((c) => c.label)).toEqual(['"Article"', '"Segments"', '"Need review"', '"Flagged"', '"Terms missing"', '"Low confidence"', '"Unreviewed"', '"Term hits"', '"Model"', '"Reviewed"']);
    expect(cells.every((c) => c.inView)).toBe(true);
    expect(cells.at(-1)?.text).toBe('0 of 25');
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-index-phone.png'), fullPage: true });
    expect(watched.problems).toEqual([]);
    await page.close();
  });

  it('saves an edit on a phone with the Save button', async () => {
    const { page, tab: watched } = await tab(390);
    await page.getByRole('link', { name: SEED_ARTICLE }).click();
    await page.locator('#s0016 td.tgt').click();
    await page.locator('#s0016 textarea.edit').fill('Alibaba denies all wrongdoing.');
    const save = page.locator('#s0016').getByRole('button', { name: 'Save' });
    expect(await save.evaluate((b) => b.getBoundingClientRect().right <= b.ownerDocument.documentElement.clientWidth)).toBe(true);
    await save.click();
    await expect.poll(() => page.locator('#s0016 .msg').innerText()).toBe('Saved');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-editor-phone.png'), fullPage: true });
    expect(watched.problems).toEqual([]);
    await page.close();
  });

  it('searches every article from the index and opens a sentence found at its row', async () => {
    const { page, tab: watched } = await tab(1280);
    await page.getByRole('searchbox', { name: 'Search every article' }).fill('Cainiao');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=Cainiao$/);
    expect(await page.locator('#search-title').innerText()).toBe('4 sentences in 1 article contain “Cainiao”');
    expect(await page.getByRole('searchbox', { name: 'Search every article' }).inputValue()).toBe('Cainiao');
    await page.getByRole('link', { name: 's0013' }).click();
    await page.waitForURL(new URL(`/${SEED_ARTICLE}.review.html#s0013`, server.url).href);
    expect(await page.locator('tr.seg.current').getAttribute('id')).toBe('s0013');
    expect(watched.problems).toEqual([]);
    await page.close();
  });
});
