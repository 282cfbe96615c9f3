import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type ReviewServer } from '../../../../pipeline/app/review/serve/review-server.js';
import { focusedId, launchChromium, watchTab } from '../../../helpers/review-browser.js';
import { reviewFolder, SEED_ARTICLE, type ReviewFolder } from '../../../helpers/review-folder.js';

let browser: Browser;
let folder: ReviewFolder;
let server: ReviewServer;

beforeAll(async () => {
  [browser, folder] = await Promise.all([launchChromium(), reviewFolder()]);
  server = await startReviewServer(folder.out, { port: 0 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('reviewing a whole article with the keyboard alone', () => {
  it('edits, saves and goes on, approves row after row, undoes an approval, until every sentence is reviewed', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const tab = watchTab(page);
    await page.goto(server.url);
    await page.goto(new URL(`/${SEED_ARTICLE}.review.html`, server.url).href);
    const unreviewed = () => page.locator('.toolbar button[data-show="unreviewed"] .count').innerText();
    const current = () => page.locator('tr.seg.current').getAttribute('id');

    await page.keyboard.press('u');
    expect(await current()).toBe('s0001');
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.type(' (update)');
    await page.keyboard.press('Control+Enter');
    // Saved, and on to the next sentence's editor, which the highlight follows.
    await expect.poll(() => page.locator('#s0002 textarea.edit').count()).toBe(1);
    expect(await current()).toBe('s0002');
    await page.keyboard.press('Escape');
    expect(await focusedId(page)).toBe('s0002');
    expect(await unreviewed()).toBe('24');

    // s0020 keeps a QA error of the machine's: approving it asks, and the answer is yes.
    const asked = tab.nextDialog('accept');
    for (let left = 24; left > 0; left--) {
      await page.keyboard.press('a');
      await expect.poll(unreviewed).toBe(String(left - 1));
    }
    expect(await asked).toContain('confirm: Save the English of s0020 with this QA error?');
    expect(await page.locator('#review-progress').innerText()).toMatch(/^Reviewed 25 of 25 · 1 edited, 24 approved/);

    await page.keyboard.press('z');
    await expect.poll(unreviewed).toBe('1');
    await page.keyboard.press('u');
    const undone = await current();
    expect(await page.locator(`#${undone}`).getAttribute('data-unreviewed')).toBe('');
    await page.keyboard.press('a');
    await expect.poll(unreviewed).toBe('0');
    expect(await page.locator('#review-progress').innerText()).toMatch(/^Reviewed 25 of 25/);

    const records = (await readFile(path.join(folder.out, `${SEED_ARTICLE}.jsonl`), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { origin: string; target: string });
    expect(records.every((r) => r.origin === 'review')).toBe(true);
    expect(records[0]?.target).toMatch(/ \(update\)$/);
    expect(tab.problems).toEqual([]);
  });
});
