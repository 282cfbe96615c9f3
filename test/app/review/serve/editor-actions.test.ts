import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type ReviewServer } from '../../../../pipeline/app/review/serve/review-server.js';
import { focusedId, launchChromium, watchTab, type WatchedTab } from '../../../helpers/review-browser.js';
import { reviewFolder, SEED_ARTICLE, type ReviewFolder } from '../../../helpers/review-folder.js';

let browser: Browser;
let folder: ReviewFolder;
let server: ReviewServer;
let page: Page;
let tab: WatchedTab;

/** A tab on the article's editor page, in through the printed address. */
async function editorTab(): Promise<{ page: Page; tab: WatchedTab }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const tab = watchTab(page);
  await page.goto(server.url);
  await page.goto(new URL(`/${SEED_ARTICLE}.review.html`, server.url).href);
  return { page, tab };
}

async function jsonl(id: string): Promise<Record<string, unknown>> {
  const lines = (await readFile(path.join(folder.out, `${SEED_ARTICLE}.jsonl`), 'utf8')).trim().split('\n');
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((s) => s.id === id)!;
}

/** A row's English as it reads, without the marks and the changes from the draft shown after it. */
const english = (id: string): Promise<string> =>
  page.locator(`#${id} td.tgt`).evaluate((td) => {
    const copy = td.cloneNode(true) as typeof td;
    for (const extra of copy.querySelectorAll('.tip, .conf, .draft-diff')) extra.remove();
    return (copy.textContent ?? '').trimEnd();
  });

const progress = () => page.locator('#review-progress').innerText();
const filterCount = (name: RegExp) => page.locator('.toolbar button[data-show]').filter({ hasText: name }).locator('.count').innerText();
const totals = () => page.locator('#review-totals').innerText();
const row = (id: string) => page.locator(`#${id}`);

beforeAll(async () => {
  [browser, folder] = await Promise.all([launchChromium(), reviewFolder()]);
  server = await startReviewServer(folder.out, { port: 0 });
  ({ page, tab } = await editorTab());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the editor’s actions, in headless Chromium', () => {
  it('saves with the Save button, and cancels with Cancel after asking whether to drop what was typed', async () => {
    await row('s0010').locator('td.tgt').click();
    await row('s0010').locator('textarea.edit').fill('Suspect software');
    await row('s0010').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row('s0010').locator('.msg').innerText()).toBe('Saved');
    expect(await english('s0010')).toBe('Suspect software');
    expect(await jsonl('s0010')).toMatchObject({ target: 'Suspect software', origin: 'review' });

    await row('s0014').locator('td.tgt').click();
    await row('s0014').locator('textarea.edit').fill('Nonsense.');
    const kept = tab.nextDialog('dismiss');
    await row('s0014').getByRole('button', { name: 'Cancel' }).click();
    expect(await kept).toBe('confirm: Discard your changes to the English of s0014?');
    expect(await row('s0014').locator('textarea.edit').inputValue()).toBe('Nonsense.');
    const dropped = tab.nextDialog('accept');
    await row('s0014').getByRole('button', { name: 'Cancel' }).click();
    await dropped;
    expect(await row('s0014').locator('textarea').count()).toBe(0);
    // Nothing changed, nothing to ask.
    await row('s0014').locator('td.tgt').click();
    await row('s0014').getByRole('button', { name: 'Cancel' }).click();
    expect(await row('s0014').locator('textarea').count()).toBe(0);
  });

  it('approves what was typed when Approve is clicked with the editor open, never the English before it', async () => {
    await row('s0019').locator('td.tgt').click();
    await row('s0019').locator('textarea.edit').fill('But in Europe, Chinese investment is seen ever more critically.');
    await row('s0019').getByRole('button', { name: 'Approve', exact: true }).click();
    await expect.poll(() => row('s0019').locator('.msg').innerText()).toBe('Saved');
    expect(await english('s0019')).toBe('But in Europe, Chinese investment is seen ever more critically.');
    expect(await jsonl('s0019')).toMatchObject({ target: 'But in Europe, Chinese investment is seen ever more critically.', origin: 'review', draft: 'But in Europe are Chinese investments increasingly critically seen.' });
  });

  it('updates the counts, the header, the progress and the filters in place after every save', async () => {
    const unreviewed = Number(await filterCount(/^Unreviewed/));
    const flagged = Number(await filterCount(/^Flagged/));
    expect(await totals()).toContain(`${flagged} flagged`);
    await page.getByRole('button', { name: /^Unreviewed/ }).click();
    expect(await row('s0021').isVisible()).toBe(true);
    await row('s0021').getByRole('button', { name: 'Approve', exact: true }).click();
    // Approved, it leaves the Unreviewed filter at once, and every count follows.
    await expect.poll(() => row('s0021').isVisible()).toBe(false);
    expect(await filterCount(/^Unreviewed/)).toBe(String(unreviewed - 1));
    expect(await progress()).toMatch(new RegExp(`^Reviewed ${25 - unreviewed + 1} of 25`));
    await page.getByRole('button', { name: /^All/ }).click();

    await row('s0022').locator('td.tgt').click();
    await row('s0022').locator('textarea.edit').fill('In Belgium too, a law came into force.');
    await row('s0022').locator('textarea.edit').press('Control+Enter');
    await expect.poll(() => row('s0022').getAttribute('data-flagged')).toBe('');
    expect(await filterCount(/^Flagged/)).toBe(String(flagged + 1));
    expect(await totals()).toContain(`${flagged + 1} flagged`);
    expect(await page.locator('#review-progress').count()).toBe(1);
    await page.keyboard.press('Escape');
  });

  it('shows an edited row’s changes to the draft, and Revert to draft brings the machine’s English back, unreviewed', async () => {
    const diff = row('s0019').locator('.draft-diff');
    expect(await diff.locator('del').count()).toBeGreaterThan(0);
    expect(await diff.locator('ins').textContent()).toBe('[added: , Chinese investment is seen ever more]');
    const before = await progress();
    await row('s0019').getByRole('button', { name: 'Revert to draft' }).click();
    await expect.poll(() => english('s0019')).toBe('But in Europe are Chinese investments increasingly critically seen.');
    expect(await row('s0019').locator('.msg').innerText()).toBe('Back to the machine’s draft, unreviewed');
    expect(await row('s0019').locator('.draft-diff').count()).toBe(0);
    expect(await row('s0019').getAttribute('data-unreviewed')).toBe('');
    expect(await row('s0019').getByRole('button', { name: 'Approve', exact: true }).count()).toBe(1);
    expect(await progress()).not.toBe(before);
    expect(await jsonl('s0019')).toMatchObject({ origin: 'model', draft: null, target: 'But in Europe are Chinese investments increasingly critically seen.' });
  });

  it('un-approves an approved row', async () => {
    expect(await row('s0021').getByRole('button', { name: 'Approve', exact: true }).count()).toBe(0);
    await row('s0021').getByRole('button', { name: 'Un-approve' }).click();
    await expect.poll(() => row('s0021').getAttribute('data-unreviewed')).toBe('');
    expect(await row('s0021').getAttribute('data-reviewed')).toBeNull();
    expect(await jsonl('s0021')).toMatchObject({ origin: 'model' });
  });

  it('undoes the last save: a first review back to the machine’s draft, a second back to the first', async () => {
    const undo = page.getByRole('button', { name: 'Undo last save' });
    await row('s0025').locator('td.tgt').click();
    await row('s0025').locator('textarea.edit').fill('The "times of naivety" had changed.');
    await row('s0025').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => english('s0025')).toBe('The "times of naivety" had changed.');
    await row('s0025').locator('td.tgt').click();
    await row('s0025').locator('textarea.edit').fill('The "times of naivety" were over.');
    await row('s0025').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => english('s0025')).toBe('The "times of naivety" were over.');
    expect(await undo.isEnabled()).toBe(true);
    await undo.click();
    await expect.poll(() => english('s0025')).toBe('The "times of naivety" had changed.');
    expect(await row('s0025').locator('.msg').innerText()).toBe('Undone');
    expect(await undo.isEnabled()).toBe(false);
    expect(await jsonl('s0025')).toMatchObject({ origin: 'review', target: 'The "times of naivety" had changed.', draft: 'The "times the naivety" had itself changed.' });

    await row('s0014').getByRole('button', { name: 'Approve', exact: true }).click();
    await expect.poll(() => row('s0014').getAttribute('data-reviewed')).toBe('');
    await page.keyboard.press('z');
    await expect.poll(() => row('s0014').getAttribute('data-unreviewed')).toBe('');
    expect(await jsonl('s0014')).toMatchObject({ origin: 'model' });
  });

  it('asks once before saving English with a QA error, and the row shows it was saved with errors', async () => {
    await row('s0017').locator('td.tgt').click();
    const area = row('s0017').locator('textarea.edit');
    await area.fill((await area.inputValue()).replace(' 2018', ''));
    const refused = tab.nextDialog('dismiss');
    await area.press('Control+Enter');
    expect(await refused).toBe('confirm: Save the English of s0017 with this QA error?\n\nnumbers: Number `2018` missing in target');
    await expect.poll(() => row('s0017').locator('.msg').innerText()).toBe('Not saved');
    expect(await jsonl('s0017')).toMatchObject({ origin: 'model' });
    const agreed = tab.nextDialog('accept');
    await row('s0017').getByRole('button', { name: 'Save' }).click();
    await agreed;
    await expect.poll(() => row('s0017').locator('.msg').innerText()).toBe('Saved with 1 error');
    expect(await row('s0017').locator('.saved-with-errors').innerText()).toBe('Saved with errors');
    expect(await row('s0017').getAttribute('data-severity')).toBe('error');
    // The same errors again: not asked a second time.
    await row('s0017').locator('td.tgt').click();
    await row('s0017').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row('s0017').locator('.msg').innerText()).toBe('Saved with 1 error');
  });

  it('warns before the page is left with English typed and not saved', async () => {
    const other = await editorTab();
    await other.page.locator('#s0009 td.tgt').click();
    await other.page.locator('#s0009 textarea.edit').fill('Goods are distributed there.');
    const stayed = other.tab.nextDialog('dismiss');
    await other.page.evaluate('void location.assign("/")');
    expect(await stayed).toBe('beforeunload: ');
    expect(await other.page.locator('#s0009 textarea.edit').inputValue()).toBe('Goods are distributed there.');
    const left = other.tab.nextDialog('accept');
    await other.page.evaluate('void location.assign("/")');
    await left;
    await other.page.waitForURL(new URL('/', server.url).href);
    expect(other.tab.problems).toEqual([]);
    await other.page.close();
  });

  it('has one tab stop per row; the arrows reach a row’s buttons', async () => {
    const stops = await page.locator('main *').evaluateAll((all) => all.filter((e) => e.tabIndex >= 0 && !e.matches(':disabled') && e.getClientRects().length > 0).map((e) => e.id || e.tagName));
    expect(stops).toEqual(Array.from({ length: 25 }, (_, i) => `s${String(i + 1).padStart(4, '0')}`));
    await row('s0016').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Approve');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Add to glossary');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedId(page)).toBe('s0016');
  });

  it('ran no script error, opened no dialog it did not expect and sent nothing elsewhere', () => {
    expect(tab.problems).toEqual([]);
  });
});
