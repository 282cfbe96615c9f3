import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentsOf } from '../../../../pipeline/core/doc.js';
import { readArticleRecord } from '../../../../pipeline/app/review/article-record.js';
import { startReviewServer, type ReviewServer } from '../../../../pipeline/app/review/serve/review-server.js';
import type { ReviewServerOptions } from '../../../../pipeline/app/review/serve/serve-options.js';
import { launchChromium, watchTab, type WatchedTab } from '../../../helpers/review-browser.js';
import { reviewFolder, SEED_ARTICLE, type ReviewFolder } from '../../../helpers/review-folder.js';

let browser: Browser;
let folder: ReviewFolder;
const servers: ReviewServer[] = [];
const tabs: WatchedTab[] = [];

/** A tab on the article's editor page of a server started with `options`, in through the printed address. */
async function editorTab(options: ReviewServerOptions = {}): Promise<Page> {
  const server = await startReviewServer(folder.out, { port: 0, ...options });
  servers.push(server);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  tabs.push(watchTab(page));
  await page.goto(server.url);
  await page.goto(new URL(`/${SEED_ARTICLE}.review.html`, server.url).href);
  return page;
}

async function draftOf(id: string): Promise<string> {
  return segmentsOf((await readArticleRecord(folder.out, SEED_ARTICLE)).doc).find((s) => s.id === id)!.target!;
}

beforeAll(async () => {
  [browser, folder] = await Promise.all([launchChromium(), reviewFolder()]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
  for (const tab of tabs) expect(tab.problems).toEqual([]);
});

describe('the model’s suggestions in the editor, in headless Chromium', () => {
  it('shows the completion after what was typed, which Tab takes into the editor', async () => {
    const page = await editorTab();
    const row = page.locator('#s0007');
    const draft = await draftOf('s0007');
    await row.locator('td.tgt').click();
    const editor = row.locator('textarea.edit');
    await editor.fill('');
    await editor.pressSequentially('The intelligence ');
    await page.keyboard.press('Control+Space');
    // The first request loads the model; the page says so and asks again.
    await expect.poll(() => row.locator('.suggestion .ghost').count(), { timeout: 20_000 }).toBe(1);
    expect(await row.locator('.suggestion .ghost').innerText()).toBe(draft.slice('The intelligence '.length));
    expect(await editor.inputValue()).toBe('The intelligence ');
    await page.keyboard.press('Tab');
    expect(await editor.inputValue()).toBe(draft);
    expect(await row.locator('.suggestion').count()).toBe(0);
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.className')).toBe('edit');

    // Typing drops a suggestion; Tab at the end of the English asks for one too, and Esc drops it.
    await editor.fill('The intelligence ');
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await expect.poll(() => row.locator('.suggestion .ghost').count()).toBe(1);
    await page.keyboard.type('a');
    expect(await row.locator('.suggestion').count()).toBe(0);
    expect(await editor.inputValue()).toBe('The intelligence a');
    await page.keyboard.press('Control+Space');
    await expect.poll(() => row.locator('.suggestion .ghost').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await row.locator('.suggestion').count()).toBe(0);
    expect(await editor.count()).toBe(1);
  });

  it('lists the alternatives with the button and with Alt+A, and puts the one picked in the editor', async () => {
    const page = await editorTab();
    const row = page.locator('#s0010');
    await row.locator('td.tgt').click();
    const editor = row.locator('textarea.edit');
    await editor.fill('Something else');
    await row.getByRole('button', { name: 'Alternatives' }).click();
    const picks = row.getByRole('group', { name: 'The model’s alternatives' }).getByRole('button');
    await expect.poll(() => picks.count(), { timeout: 20_000 }).toBeGreaterThan(1);
    const texts = await picks.allInnerTexts();
    expect(texts[0]).toBe(await draftOf('s0010'));
    await picks.nth(1).click();
    expect(await editor.inputValue()).toBe(texts[1]);
    expect(await picks.count()).toBe(0);

    await editor.focus();
    await page.keyboard.press('Alt+A');
    await expect.poll(() => picks.count()).toBe(texts.length);
    await page.keyboard.press('Enter');
    expect(await editor.inputValue()).toBe(texts[0]);
    await row.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row.locator('.msg').innerText()).toBe('Saved');
    const jsonl = await readFile(path.join(folder.out, `${SEED_ARTICLE}.jsonl`), 'utf8');
    expect(jsonl).toContain(`"target":${JSON.stringify(texts[0])}`);
  });

  it('says in the row why there are no suggestions when the model cannot be opened, and saves on', async () => {
    const notAModel = await mkdtemp(path.join(tmpdir(), 'lektor-not-a-model-'));
    const page = await editorTab({ model: { cacheDir: path.join(notAModel, 'cache'), cwd: notAModel, id: notAModel } });
    const row = page.locator('#s0021');
    await row.locator('td.tgt').click();
    await row.locator('textarea.edit').fill('Doubts before it was built');
    await page.keyboard.press('Control+Space');
    await expect.poll(() => row.locator('.msg.failed').innerText()).toMatch(/^no suggestions from the model: model directory ".*" is incomplete for dtype fp32/);
    await row.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row.locator('.msg').innerText()).toBe('Saved');
  });

  it('offers no suggestions with --no-model: Tab moves on as ever', async () => {
    const page = await editorTab({ model: false });
    const row = page.locator('#s0016');
    await row.locator('td.tgt').click();
    expect(await row.getByRole('button', { name: 'Alternatives' }).count()).toBe(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string | undefined>('document.activeElement?.textContent')).toBe('Save');
  });
});
