import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Flag, LektorDoc } from '../../../pipeline/core/doc.js';
import render from '../../../output/review-page/review-page.js';
import { focusedId, launchChromium, watchTab, type WatchedTab } from '../../helpers/review-browser.js';
import { makeDoc } from '../../helpers/make-doc.js';
import { tempFile } from '../external-tools.js';
import { hit, RENDER_OPTIONS } from '../review-doc.js';

const unsure: Flag = { check: 'low-confidence', severity: 'warning', message: 'The model was unsure of this sentence' };
const verdacht = 'Der Verdacht wiegt schwer.';

/**
 * An article a model scored: sentences it was sure and unsure of (the unsure ones flagged
 * `low-confidence`), a copied dateline, a reviewed sentence and one from before scores were kept.
 */
function scoredDoc(): LektorDoc {
  return makeDoc(
    [
      { kind: 'heading', segments: [{ source: 'Spionage in Lüttich', target: 'Espionage in Liège', origin: 'model', confidence: 0.9, lowConfidence: [] }] },
      { kind: 'dateline', segments: [{ source: '12:07', target: '12:07', origin: 'copy', translatable: false }] },
      {
        segments: [
          { source: 'Alibaba bestreitet alles.', target: 'Alibaba denies everything.', origin: 'model', confidence: 0.35, lowConfidence: [{ start: 8, end: 14 }], flags: [unsure] },
          { source: 'Die Zeitung berichtet.', target: 'The newspaper reports.', origin: 'model', confidence: 0.62, lowConfidence: [] },
          { source: 'Der Verdacht: Spionage.', target: 'The suspicion: spying.', origin: 'review', draft: 'The suspicion: espionage.', reviewedAt: '2026-11-30T09:00:00.000Z', confidence: 0.8, lowConfidence: [] },
          {
            source: verdacht,
            target: 'The suspicion weighs heavily.',
            origin: 'model',
            confidence: 0.2,
            lowConfidence: [{ start: 14, end: 20 }],
            flags: [unsure],
            terms: [hit(verdacht, 'Verdacht', { expected: 'suspicion', note: 'Not "suspect".' })],
          },
          { source: 'Das Lager ist groß.', target: 'The warehouse is large.', origin: 'model' },
        ],
      },
    ],
    'scored',
  );
}

let browser: Browser;

async function open(doc: LektorDoc): Promise<{ page: Page; tab: WatchedTab }> {
  const file = await tempFile('scored.review.html', render(doc, RENDER_OPTIONS));
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const tab = watchTab(page);
  await page.goto(pathToFileURL(file).href);
  return { page, tab };
}

const visible = (page: Page): Promise<string[]> => page.locator('tr.seg:visible').evaluateAll((rows) => rows.map((r) => r.id));
const counts = (page: Page): Promise<string[]> => page.locator('.toolbar button[data-show]').allInnerTexts();

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the review page’s triage, in headless Chromium', () => {
  it('sorts the least confident sentences first, those without a confidence after them, and back to the article’s order', async () => {
    const { page, tab } = await open(scoredDoc());
    const sort = page.getByRole('button', { name: 'Least confident first' });
    expect(await sort.getAttribute('aria-pressed')).toBe('false');
    await sort.click();
    expect(await sort.getAttribute('aria-pressed')).toBe('true');
    expect(await visible(page)).toEqual(['s0006', 's0003', 's0004', 's0001', 's0002', 's0005', 's0007']);
    // The keys follow the order shown.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await page.locator('tr.seg.current').getAttribute('id')).toBe('s0003');
    await sort.click();
    expect(await visible(page)).toEqual(['s0001', 's0002', 's0003', 's0004', 's0005', 's0006', 's0007']);
    expect(await page.locator('tbody.paragraph').evaluateAll((bodies) => bodies.map((b) => b.querySelectorAll('tr.seg').length))).toEqual([1, 1, 5]);
    expect(tab.problems).toEqual([]);
    await page.close();
  });

  it('offers no sorting for an article nothing scored', async () => {
    const { page } = await open(makeDoc([['Ein Satz.']]));
    expect(await page.getByRole('button', { name: 'Least confident first' }).count()).toBe(0);
    await page.close();
  });

  it('filters the unreviewed and the low-confidence sentences, each button counting its rows', async () => {
    const { page, tab } = await open(scoredDoc());
    expect(await counts(page)).toEqual(['All 7', 'Unreviewed 5', 'Flagged 2', 'Low confidence 2', 'Terms missing 0']);
    await page.getByRole('button', { name: /^Unreviewed/ }).click();
    expect(await visible(page)).toEqual(['s0001', 's0003', 's0004', 's0006', 's0007']);
    await page.getByRole('button', { name: /^Low confidence/ }).click();
    expect(await visible(page)).toEqual(['s0003', 's0006']);
    expect(await page.getByRole('button', { name: /^Low confidence/ }).getAttribute('aria-pressed')).toBe('true');
    // Filtered and sorted at once.
    await page.getByRole('button', { name: 'Least confident first' }).click();
    expect(await visible(page)).toEqual(['s0006', 's0003']);
    await page.getByRole('button', { name: /^All/ }).click();
    expect(await visible(page)).toHaveLength(7);
    expect(tab.problems).toEqual([]);
    await page.close();
  });

  it('searches the German and English with /, within the filter, and Esc clears the search', async () => {
    const { page, tab } = await open(scoredDoc());
    await page.keyboard.press('/');
    expect(await page.locator('.toolbar input.find').evaluate((input) => input === input.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.type('verdacht');
    expect(await visible(page)).toEqual(['s0005', 's0006']);
    await page.locator('.toolbar input.find').fill('WAREHOUSE');
    expect(await visible(page)).toEqual(['s0007']);
    // The term's tooltip and the draft are not what a search finds.
    await page.locator('.toolbar input.find').fill('espionage');
    expect(await visible(page)).toEqual(['s0001']);
    await page.locator('.toolbar input.find').fill('nowhere');
    expect(await page.locator('.empty').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('.toolbar input.find').inputValue()).toBe('');
    expect(await visible(page)).toHaveLength(7);
    expect(tab.problems).toEqual([]);
    await page.close();
  });

  it('has one tab stop per row: the terms are reached with t, which shows their details', async () => {
    const { page, tab } = await open(scoredDoc());
    await page.locator('#s0001').focus();
    const stops = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      stops.push(await focusedId(page));
    }
    expect(stops).toEqual(['s0002', 's0003', 's0004', 's0005', 's0006', 's0007']);
    expect(await page.locator('main [tabindex="0"], main a[href]:not([tabindex="-1"]), main button:not([tabindex="-1"])').count()).toBe(7);
    await page.keyboard.press('k');
    expect(await page.locator('tr.seg.current').getAttribute('id')).toBe('s0006');
    await page.keyboard.press('t');
    expect(await page.locator('#s0006 td.src mark.term .tip').isVisible()).toBe(true);
    await page.keyboard.press('t');
    expect(await page.locator('#s0006 td.tgt mark.term .tip').isVisible()).toBe(true);
    expect(await page.locator('#s0006 td.tgt mark.term .tip').innerText()).toBe('Term “Verdacht” → “suspicion”: in target\nNot "suspect".');
    await page.keyboard.press('Escape');
    expect(await focusedId(page)).toBe('s0006');
    expect(tab.problems).toEqual([]);
    await page.close();
  });

  it('lists the keys with ?, and closes the list with Esc', async () => {
    const { page, tab } = await open(scoredDoc());
    const help = page.getByRole('dialog', { name: 'Keys' });
    expect(await help.isVisible()).toBe(false);
    await page.keyboard.press('?');
    expect(await help.isVisible()).toBe(true);
    expect(await help.innerText()).toContain('next unreviewed row');
    expect(await help.innerText()).not.toContain('undo the last save');
    await page.keyboard.press('Escape');
    expect(await help.isVisible()).toBe(false);
    await page.getByRole('button', { name: /Keys/ }).click();
    expect(await help.isVisible()).toBe(true);
    await help.getByRole('button', { name: 'Close' }).click();
    expect(await help.isVisible()).toBe(false);
    expect(tab.problems).toEqual([]);
    await page.close();
  });

  it('shows a reviewer’s changes to the machine’s draft, word by word, under their English', async () => {
    const { page } = await open(scoredDoc());
    const diff = page.locator('#s0005 .draft-diff');
    expect(await diff.textContent()).toBe('Changed from the machine’s draft: The suspicion: [removed: espionage][added: spying].');
    expect(await diff.locator('del').evaluate((e) => e.ownerDocument.defaultView?.getComputedStyle(e).textDecorationLine)).toBe('line-through');
    expect(await page.locator('#s0001 .draft-diff').count()).toBe(0);
    await page.close();
  });
});
