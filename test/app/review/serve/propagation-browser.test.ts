import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleRecord } from '../../../../pipeline/app/review/article-record.js';
import { startReviewServer, type ReviewServer } from '../../../../pipeline/app/review/serve/review-server.js';
import { segmentsOf, type Segment } from '../../../../pipeline/core/doc.js';
import { launchChromium, watchTab, type WatchedTab } from '../../../helpers/review-browser.js';
import { translatedArticles } from '../../../helpers/translated-articles.js';

const REPEAT = 'Der Verdacht ist groß.';

let browser: Browser;
let out: string;
let server: ReviewServer;

async function repeatsIn(article: string): Promise<Segment[]> {
  return segmentsOf((await readArticleRecord(out, article)).doc).filter((s) => s.source === REPEAT);
}
const repeatIn = async (article: string): Promise<Segment> => (await repeatsIn(article))[0]!;

/** A tab on an article's editor page, in through the printed address. */
async function editorTab(article: string): Promise<{ page: Page; tab: WatchedTab }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const tab = watchTab(page);
  await page.goto(server.url);
  await page.goto(new URL(`/${article}.review.html`, server.url).href);
  return { page, tab };
}

beforeAll(async () => {
  let folder: { out: string };
  [browser, folder] = await Promise.all([
    launchChromium(),
    translatedArticles({ a: `Spionage in Lüttich\n\nAlibaba bestreitet jegliches Fehlverhalten. ${REPEAT}\n\nDie Ermittler schweigen. ${REPEAT}\n`, b: `Neue Vorwürfe\n\n${REPEAT} Die Ermittler schweigen.\n` }),
  ]);
  out = folder.out;
  server = await startReviewServer(out, { port: 0, model: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('propagation in the editor, in headless Chromium', () => {
  it('saves one, names the other places in a notice, shows the new English there, and undoes one', async () => {
    const [[a, again], b] = [(await repeatsIn('a')) as [Segment, Segment], await repeatIn('b')];
    const { page, tab } = await editorTab('a');
    await page.locator(`#${a.id} td.tgt`).click();
    await page.locator(`#${a.id} textarea.edit`).fill('The suspicion is great.');
    await page.locator(`#${a.id}`).getByRole('button', { name: 'Save' }).click();
    const notice = page.locator('.propagation');
    await expect.poll(() => notice.innerText()).toContain(`Also changed in a ${again.id}, b ${b.id}`);
    // The repeat on this page changed in place.
    expect(await page.locator(`#${again.id} td.tgt`).innerText()).toContain('The suspicion is great.');

    const { page: other, tab: otherTab } = await editorTab('b');
    expect(await other.locator(`#${b.id} td.tgt`).innerText()).toContain('The suspicion is great.');

    await notice.getByRole('button', { name: `Undo in b ${b.id}` }).click();
    await expect.poll(() => notice.innerText()).toContain(`Undone in b ${b.id}`);
    await other.reload();
    expect(await other.locator(`#${b.id} td.tgt`).innerText()).toContain(b.target!);
    expect(await other.locator(`#${b.id} td.tgt`).innerText()).not.toContain('The suspicion is great.');
    expect(await repeatIn('b')).toMatchObject({ target: b.target, origin: 'model' });
    expect([...tab.problems, ...otherTab.problems]).toEqual([]);
  });
});
