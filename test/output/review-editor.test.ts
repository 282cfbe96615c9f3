import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import render from '../../output/review-page/review-page.js';
import { renderReviewEditor } from '../../output/review-editor.js';
import { startReviewServer, type ReviewServer } from '../../pipeline/app/review/serve/review-server.js';
import { launchChromium, selectText, watchTab, type WatchedTab } from '../helpers/review-browser.js';
import { reviewFolder, SEED_ARTICLE, type ReviewFolder } from '../helpers/review-folder.js';
import { RENDER_OPTIONS, reviewDoc } from './review-doc.js';

let browser: Browser;
let folder: ReviewFolder;
let server: ReviewServer;
/** The reviewer most tests are: their page stays open from test to test, as a reviewer's would. */
let page: Page;
let tab: WatchedTab;
const contexts: BrowserContext[] = [];
const tabs: WatchedTab[] = [];

/** A reviewer of `server`: a browser of their own, in through the printed address, on the article's page. */
async function reviewer(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  tabs.push(watchTab(page));
  await page.goto(server.url);
  await page.getByRole('link', { name: SEED_ARTICLE }).click();
  await page.waitForURL(new URL(`/${SEED_ARTICLE}.review.html`, server.url).href);
  return page;
}

async function jsonlSegment(id: string): Promise<Record<string, unknown>> {
  const lines = (await readFile(path.join(folder.out, `${SEED_ARTICLE}.jsonl`), 'utf8')).trim().split('\n');
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((s) => s.id === id)!;
}

const reviewed = async (page: Page): Promise<number> => Number(await page.locator('#review-progress strong').innerText());

/** A row's English as it reads, without the model's confidence mark or the changes from the draft shown after it. */
const english = (page: Page, id: string): Promise<string> =>
  page.locator(`#${id} td.tgt`).evaluate((td) => {
    const copy = td.cloneNode(true) as typeof td;
    for (const extra of copy.querySelectorAll('.tip, .conf, .draft-diff')) extra.remove();
    return (copy.textContent ?? '').trimEnd();
  });

beforeAll(async () => {
  [browser, folder] = await Promise.all([launchChromium(), reviewFolder()]);
  server = await startReviewServer(folder.out, { port: 0 });
  page = await reviewer();
  tab = tabs[0]!;
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

describe('the review page as an editor', () => {
  it('leaves the static page without any of it', () => {
    const page = render(reviewDoc(), RENDER_OPTIONS);
    for (const part of ['data-version', 'data-api', 'connect-src', 'class="act"', 'review-progress', 'textarea.edit']) expect(page).not.toContain(part);
    const editor = renderReviewEditor(reviewDoc(), RENDER_OPTIONS, { view: { api: '/api/articles/x', token: 't', progress: { reviewed: 0, sentences: 6, edited: 0, approved: 0, ter: null, chrf: null } }, version: () => 'v' });
    expect(editor).toContain('<p id="review-progress" class="review-progress" aria-live="polite">Reviewed <strong>0</strong> of 6</p>');
  });

  it('saves an edit with Ctrl+Enter, goes on to the next sentence, rewrites the outputs; a reload shows it', async () => {
    await page.locator('#s0004 td.tgt').click();
    const editor = page.locator('#s0004 textarea.edit');
    expect(await editor.inputValue()).toBe('The suspicion: Possible espionage.');
    await editor.fill('The suspicion:   possible spying.');
    // "spying" leaves the glossary's term out, an error: the reviewer is asked, and saves anyway.
    const asked = tab.nextDialog('accept');
    await editor.press('Control+Enter');
    expect(await asked).toBe('confirm: Save the English of s0004 with this QA error?\n\nterms: Term `Spionage` not translated as `espionage`');
    await expect.poll(() => page.locator('#s0005 textarea.edit').count()).toBe(1);
    expect(await page.locator('#s0005 textarea.edit').evaluate((area) => area === area.ownerDocument.activeElement)).toBe(true);
    expect(await page.locator('tr.seg.current').getAttribute('id')).toBe('s0005');
    expect(await page.locator('#s0004 textarea').count()).toBe(0);
    expect(await english(page, 's0004')).toBe('The suspicion: possible spying.');
    expect(await page.locator('#s0004 .msg').innerText()).toBe('Saved with 1 error');
    await page.keyboard.press('Escape');
    expect(await readFile(path.join(folder.out, `${SEED_ARTICLE}.en.txt`), 'utf8')).toContain('\n\nBelgian security authorities have according to "Financial Times" the European logistics hub of the Chinese online retailer Alibaba into the sights taken. The suspicion: possible spying.\n');
    expect(await jsonlSegment('s0004')).toMatchObject({ target: 'The suspicion: possible spying.', origin: 'review', draft: 'The suspicion: Possible espionage.' });
    await page.reload();
    expect(await english(page, 's0004')).toBe('The suspicion: possible spying.');
    expect(await page.locator('#s0004').getAttribute('data-reviewed')).toBe('');
  });

  it('opens the editor with Enter on a focused row; a deleted number shows its flag without a reload', async () => {
    await page.evaluate('window.loadedOnce = true');
    expect(await page.locator('#s0017').getAttribute('data-flagged')).toBeNull();
    await page.locator('#s0017').focus();
    await page.keyboard.press('Enter');
    const editor = page.locator('#s0017 textarea.edit');
    const draft = await editor.inputValue();
    expect(draft).toContain(' had 2018 a agreement ');
    await editor.fill(draft.replace(' 2018', ''));
    const asked = tab.nextDialog('accept');
    await editor.press('Control+Enter');
    expect(await asked).toContain('numbers: Number `2018` missing in target');
    await expect.poll(() => page.locator('#s0017 td.qa li.flag').allInnerTexts()).toContain('ERROR numbers Number `2018` missing in target');
    expect(await page.locator('#s0017').getAttribute('data-flagged')).toBe('');
    expect(await page.locator('#s0017').getAttribute('data-severity')).toBe('error');
    expect(await page.evaluate('window.loadedOnce')).toBe(true);
  });

  it('approves a sentence: reviewed N of M goes up, on the page and in the index', async () => {
    const before = await reviewed(page);
    await page.locator('#s0010').getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => reviewed(page)).toBe(before + 1);
    expect(await page.locator('#review-progress').innerText()).toMatch(new RegExp(`^Reviewed ${before + 1} of 25 · \\d+ edited, 1 approved · TER \\d+\\.\\d · chrF \\d+\\.\\d$`));
    expect(await page.locator('#s0010').getAttribute('data-reviewed')).toBe('');
    expect(await jsonlSegment('s0010')).toMatchObject({ target: 'Suspicious software', origin: 'review', draft: 'Suspicious software' });
    await page.goto(new URL('/', server.url).href);
    expect(await page.locator('tbody tr td').last().innerText()).toBe(`${before + 1} of 25`);
    await page.goBack();
  });

  it('cancels an edit with Esc, after asking whether to drop what was typed: the English as it was, nothing saved', async () => {
    const before = await readFile(path.join(folder.out, `${SEED_ARTICLE}.jsonl`), 'utf8');
    await page.locator('#s0016 td.tgt').click();
    await page.locator('#s0016 textarea.edit').fill('Nonsense.');
    const kept = tab.nextDialog('dismiss');
    await page.keyboard.press('Escape');
    expect(await kept).toBe('confirm: Discard your changes to the English of s0016?');
    expect(await page.locator('#s0016 textarea.edit').inputValue()).toBe('Nonsense.');
    const dropped = tab.nextDialog('accept');
    await page.keyboard.press('Escape');
    await dropped;
    expect(await page.locator('#s0016 textarea').count()).toBe(0);
    expect(await english(page, 's0016')).toBe('Alibaba denies any wrongdoing.');
    expect(await page.evaluate('document.activeElement.id')).toBe('s0016');
    expect(await readFile(path.join(folder.out, `${SEED_ARTICLE}.jsonl`), 'utf8')).toBe(before);
  });

  it('refuses the second of two reviewers saving the same sentence, and keeps their text in the editor', async () => {
    const [first, second] = [page, await reviewer()];
    for (const page of [first, second]) await page.locator('#s0014 td.tgt').click();
    await first.locator('#s0014 textarea.edit').fill("Chinese companies are legally obliged to pass their data on to China's authorities.");
    await first.locator('#s0014 textarea.edit').press('Control+Enter');
    await expect.poll(() => first.locator('#s0014 textarea').count()).toBe(0);
    await second.locator('#s0014 textarea.edit').fill('Chinese firms must hand over their data.');
    await second.locator('#s0014 textarea.edit').press('Control+Enter');
    await expect.poll(() => second.locator('#s0014 .msg').innerText()).toBe(`sentence s0014 of "${SEED_ARTICLE}" was saved by someone else since you opened it; reload to see their version`);
    expect(await second.locator('#s0014 textarea.edit').inputValue()).toBe('Chinese firms must hand over their data.');
    expect(await jsonlSegment('s0014')).toMatchObject({ target: "Chinese companies are legally obliged to pass their data on to China's authorities." });
  });

  it('shows markup a reviewer types as text', async () => {
    await page.locator('#s0020 td.tgt').click();
    await page.locator('#s0020 textarea.edit').fill('<img src=x onerror=alert(1)><script>alert(2)</script>');
    const asked = tab.nextDialog('accept');
    await page.locator('#s0020 textarea.edit').press('Control+Enter');
    await asked;
    await expect.poll(() => english(page, 's0020')).toBe('<img src=x onerror=alert(1)><script>alert(2)</script>');
    await page.keyboard.press('Escape');
    expect(await page.locator('main img, main script').count()).toBe(0);
  });

  it('adds the German and English selected in a row to the glossary as proposed, and refuses a duplicate with the reason', async () => {
    const glossary = folder.glossary!;
    const before = await readFile(glossary, 'utf8');
    await selectText(page, '#s0012 td.src', 'Logistikabläufe');
    await expect.poll(() => page.locator('#s0012 .msg').innerText()).toBe('Add to glossary: “Logistikabläufe” → “…”');
    await selectText(page, '#s0012 td.tgt', 'logistics processes');
    await page.locator('#s0012').getByRole('button', { name: 'Add to glossary' }).click();
    await expect.poll(() => page.locator('#s0012 .msg').innerText()).toBe('Added “Logistikabläufe” → “logistics processes” to glossary.yaml as proposed');
    const after = await readFile(glossary, 'utf8');
    expect(after).toBe(`${before}  - source: Logistikabläufe\n    target: logistics processes\n    status: proposed\n`);
    expect(await page.locator('#s0012 textarea').count()).toBe(0);

    await selectText(page, '#s0005 td.src', 'Geheimdienst');
    await selectText(page, '#s0005 td.tgt', 'intelligence service');
    await page.locator('#s0005').getByRole('button', { name: 'Add to glossary' }).click();
    await expect
      .poll(() => page.locator('#s0005 .msg').innerText())
      .toBe(`${glossary}: “Geheimdienst” → “intelligence service” was not added: "Geheimdienst" is already an entry at line 41 with the same target "intelligence service"; remove one of them`);
    expect(await readFile(glossary, 'utf8')).toBe(after);
  });

  it('turns Add to glossary off, with the reason, for a run without a glossary', async () => {
    const bare = await startReviewServer((await reviewFolder({ glossary: false })).out, { port: 0 });
    try {
      await page.goto(bare.url);
      await page.goto(new URL(`/${SEED_ARTICLE}.review.html`, bare.url).href);
      expect(await page.locator('.glossary-off').innerText()).toBe('Add to glossary is off: this run used no glossary (translate with --glossary to propose terms)');
      const button = page.locator('#s0012').getByRole('button', { name: 'Add to glossary' });
      expect(await button.isDisabled()).toBe(true);
      expect(await button.getAttribute('title')).toBe('this run used no glossary (translate with --glossary to propose terms)');
    } finally {
      await bare.close();
    }
  });

  it('ran no script error, opened no dialog it did not expect and sent nothing elsewhere', () => {
    expect(tabs.flatMap((t) => t.problems)).toEqual([]);
  });
});
