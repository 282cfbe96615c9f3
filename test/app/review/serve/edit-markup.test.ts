import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type ReviewServer } from '../../../../pipeline/app/review/serve/review-server.js';
import { translatedMarkdown } from '../../../helpers/markdown-article.js';

let browser: Browser;
let server: ReviewServer;
let out: string;

beforeAll(async () => {
  ({ out } = await translatedMarkdown());
  server = await startReviewServer(out, { port: 0, now: () => new Date('2026-11-30T10:00:00Z') });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the review page’s editor on a sentence with inline markup', () => {
  it('says what a plain-text save does to the markup; the save keeps it around English kept word for word and flags what it dropped', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => void (problems.push(`dialog: ${d.message()}`), d.dismiss()));
    await page.goto(server.url);
    await page.getByRole('link', { name: 'a', exact: true }).click();
    const row = page.locator('#s0002');
    expect(await row.locator('td.tgt .mk-link').count()).toBe(1);
    await row.locator('td.tgt').click();
    expect(await row.locator('.msg').innerText()).toBe('Markup (link, italic, code) stays around English you keep word for word; elsewhere it is dropped and flagged');
    await row.locator('textarea.edit').fill('According to the first reports, rm -rf was run.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => row.locator('.msg').innerText()).toBe('Saved');
    expect(await row.locator('td.tgt .mk-code').innerText()).toBe('rm -rf');
    expect(await row.locator('td.tgt .mk-link').count()).toBe(0);
    expect(await row.locator('td.qa li.flag code').allInnerTexts()).toContain('markup');
    expect(await readFile(path.join(out, 'a.en.md'), 'utf8')).toContain('\n\nAccording to the first reports, `rm -rf` was run.');
    expect(problems).toEqual([]);
    await page.close();
  });
});
