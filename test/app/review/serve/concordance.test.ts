import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleRecord } from '../../../../pipeline/app/review/article-record.js';
import { startReviewServer, type ReviewServer } from '../../../../pipeline/app/review/serve/review-server.js';
import { segmentsOf } from '../../../../pipeline/core/doc.js';
import { segmentVersion } from '../../../../pipeline/core/segment-version.js';
import { launchChromium, watchTab } from '../../../helpers/review-browser.js';
import { runMain } from '../../../helpers/run-main.js';
import { translatedArticles } from '../../../helpers/translated-articles.js';

const WATCHED = 'Der Geheimdienst überwacht das Logistikzentrum.';
const REVIEWED_ENGLISH = 'The intelligence service watches the logistics centre.';

let browser: Browser;
let folder: { dir: string; out: string };
let server: ReviewServer;
let token: string;

/** A POST as the page's script sends it: the cookie and the token header. */
function post(pathname: string, body: unknown, to: ReviewServer = server): Promise<Response> {
  const secret = new URL(to.url).searchParams.get('token')!;
  return fetch(new URL(pathname, to.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Lektor-Token': secret, Cookie: `lektor-review-${to.port}=${secret}` },
    body: JSON.stringify(body),
  });
}

const concordance = (text: string, language = 'de') => post('/api/articles/b/concordance', { text, language });

beforeAll(async () => {
  [browser, folder] = await Promise.all([
    launchChromium(),
    translatedArticles({ a: `Spionage\n\n${WATCHED}\n`, b: 'Neue Vorwürfe\n\nDie Geheimdienste der Nachbarländer schweigen. Gute Nacht.\n' }),
  ]);
  server = await startReviewServer(folder.out, { port: 0, model: false, now: () => new Date('2026-11-30T10:00:00Z') });
  token = new URL(server.url).searchParams.get('token')!;
  // A person's English for the watched sentence: the memory now has a review to find first.
  const watched = segmentsOf((await readArticleRecord(folder.out, 'a')).doc).find((s) => s.source === WATCHED)!;
  const saved = await post(`/api/articles/a/segments/${watched.id}`, { target: REVIEWED_ENGLISH, version: segmentVersion(watched) });
  expect(saved.status).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the concordance route', () => {
  it('answers what `lektor tm search --json` prints for the same memory: inflected forms, the review first', async () => {
    const answer = await concordance('Geheimdienst');
    expect(answer.status).toBe(200);
    const { hits } = (await answer.json()) as { hits: { source: string; target: string; origin: string; span: { start: number; end: number } }[] };
    const cli = await runMain(['tm', 'search', 'Geheimdienst', '--json', '--out', 'out'], { cwd: folder.dir });
    expect(cli.code).toBe(0);
    expect(hits).toEqual(JSON.parse(cli.out));
    expect(hits.map((h) => [h.origin, h.source.slice(h.span.start, h.span.end)])).toEqual([
      ['review', 'Geheimdienst'],
      ['model', 'Geheimdienst'],
      ['model', 'Geheimdienste'],
    ]);
    expect(hits[0]).toMatchObject({ source: WATCHED, target: REVIEWED_ENGLISH });
  });

  it('searches the English with language "en"', async () => {
    const { hits } = (await (await concordance('logistics centre', 'en')).json()) as { hits: { target: string; origin: string; span: { start: number; end: number } }[] };
    // The reviewer's English, then the model's draft it replaced (the generated model's word lookup).
    expect(hits.map((h) => [h.origin, h.target.slice(h.span.start, h.span.end)])).toEqual([
      ['review', 'logistics centre'],
      ['model', 'logistics centre'],
    ]);
    expect(hits[0]!.target).toBe(REVIEWED_ENGLISH);
  });

  it.each([
    ['another language', { text: 'Geheimdienst', language: 'fr' }, 400, 'language must be "de" or "en", got "fr"'],
    ['no text', { language: 'de' }, 400, 'send { "text": "…", "language": "…" }'],
  ])('refuses %s', async (_, body, status, error) => {
    const answer = await post('/api/articles/b/concordance', body);
    expect(answer.status).toBe(status);
    expect(await answer.json()).toMatchObject({ error });
  });

  it('refuses an article the folder does not have (404) and another method (405)', async () => {
    expect((await post('/api/articles/nope/concordance', { text: 'x', language: 'de' })).status).toBe(404);
    const got = await fetch(new URL('/api/articles/b/concordance', server.url), { headers: { Cookie: `lektor-review-${server.port}=${token}` } });
    expect(got.status).toBe(405);
  });
});

describe('the concordance route of a run without a memory', () => {
  it('says so (409)', async () => {
    const bare = await translatedArticles({ c: 'Kurz\n\nGute Nacht.\n' }, ['--no-memory']);
    const own = await startReviewServer(bare.out, { port: 0, model: false });
    try {
      const answer = await post('/api/articles/c/concordance', { text: 'Nacht', language: 'de' }, own);
      expect(answer.status).toBe(409);
      expect(await answer.json()).toMatchObject({ error: 'the run of "c" used no translation memory' });
    } finally {
      await own.close();
    }
  });
});

describe('the concordance panel, in headless Chromium', () => {
  it('opens with c on what was selected in a row, lists each hit with its English and the phrase marked; Esc goes back', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const tab = watchTab(page);
    await page.goto(server.url);
    await page.goto(new URL('/b.review.html', server.url).href);
    const row = page.locator('tr.seg').filter({ hasText: 'Die Geheimdienste der Nachbarländer' });
    await row.focus();
    // The word selected in the row's German is the one looked up.
    await row.locator('td.src').evaluate((cell) => {
      const text = [...cell.childNodes].find((n) => n.nodeType === 3 && n.textContent!.includes('Geheimdienste'))!;
      const at = text.textContent!.indexOf('Geheimdienste');
      cell.ownerDocument.getSelection()!.setBaseAndExtent(text, at, text, at + 'Geheimdienste'.length);
    });
    await page.keyboard.press('c');
    const panel = page.getByRole('complementary', { name: 'Concordance' });
    await expect.poll(() => panel.locator('.concordance-status').innerText()).toBe('3 sentences');
    expect(await panel.locator('input[name="text"]').inputValue()).toBe('Geheimdienste');
    expect(await panel.locator('.hit-de mark').allInnerTexts()).toEqual(['Geheimdienst', 'Geheimdienst', 'Geheimdienste']);
    const first = panel.locator('.concordance-hits li').first();
    expect(await first.locator('.hit-en').innerText()).toBe(REVIEWED_ENGLISH);
    expect(await first.locator('.hit-origin').innerText()).toBe('reviewed 2026-11-30');

    // Typed, in the English: the phrase is marked there.
    await panel.locator('input[name="english"]').check();
    await panel.locator('input[name="text"]').fill('intelligence service watches');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.concordance-status').innerText()).toBe('1 sentence');
    expect(await panel.locator('.hit-en mark').innerText()).toBe('intelligence service watches');

    await page.keyboard.press('Escape');
    expect(await panel.isHidden()).toBe(true);
    expect(await row.evaluate((r) => r === r.ownerDocument.activeElement)).toBe(true);
    expect(await page.locator('.key-help').innerText()).toContain('search the translation memory');
    expect(tab.problems).toEqual([]);
  });

  it('opens with the toolbar button on a phone-sized screen, within its width', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    const tab = watchTab(page);
    await page.goto(server.url);
    await page.goto(new URL('/b.review.html', server.url).href);
    await page.getByRole('button', { name: 'Concordance' }).click();
    const panel = page.getByRole('complementary', { name: 'Concordance' });
    await panel.locator('input[name="text"]').fill('Logistikzentrum');
    await panel.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => panel.locator('.concordance-status').innerText()).toMatch(/^\d sentences?$/);
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.locator('html').evaluate((root) => root.scrollWidth - root.clientWidth)).toBeLessThanOrEqual(0);
    await panel.getByRole('button', { name: 'Close' }).click();
    expect(await panel.isHidden()).toBe(true);
    expect(tab.problems).toEqual([]);
  });
});
