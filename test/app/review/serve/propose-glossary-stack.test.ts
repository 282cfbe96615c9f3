import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type ReviewServer } from '../../../../pipeline/app/review/serve/review-server.js';
import { launchChromium, selectText, watchTab, type WatchedTab } from '../../../helpers/review-browser.js';
import { runMain } from '../../../helpers/run-main.js';
import { tinyModelDir } from '../../../helpers/tiny-model.js';

// Comments and CRLF line ends: what the byte-preserving writer keeps (and follows).
const HOUSE = '# House list\r\nsource_lang: de\r\ntarget_lang: en\r\nterms:\r\n  - source: Spionage   # the paper’s word\r\n    target: espionage\r\n';
const DESK = 'source_lang: de\ntarget_lang: en\nterms:\n  - source: Alibaba\n    dnt: true\n';
const ARTICLE = 'Der Verdacht: Mögliche Spionage.\nAlibaba bestreitet jegliches Fehlverhalten.\n';
const added = (source: string, target: string, eol = '\n'): string => `  - source: ${source}${eol}    target: ${target}${eol}    status: proposed${eol}`;

/** A folder translated with `glossaries` (file names in the folder), served for review. */
async function servedFolder(...glossaries: string[]): Promise<{ dir: string; server: ReviewServer }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lektor-propose-stack-'));
  await writeFile(path.join(dir, 'a.txt'), ARTICLE);
  await writeFile(path.join(dir, 'house.yaml'), HOUSE);
  await writeFile(path.join(dir, 'desk.yaml'), DESK);
  const args = ['translate', 'a.txt', '--model', await tinyModelDir(), '--offline', '--out', 'out', '--format', 'html,jsonl', '-q', ...glossaries.flatMap((g) => ['--glossary', g])];
  const run = await runMain(args, { cwd: dir, env: { SOURCE_DATE_EPOCH: '1700000000' } });
  if (run.code !== 0) throw new Error(`lektor translate exited ${run.code}: ${run.err}`);
  return { dir, server: await startReviewServer(path.join(dir, 'out'), { port: 0 }) };
}

const glossaryText = (dir: string, file: string): Promise<string> => readFile(path.join(dir, file), 'utf8');

describe('Add to glossary over a glossary stack: the route', () => {
  let dir: string;
  let server: ReviewServer;
  let headers: Record<string, string>;
  const propose = async (body: unknown): Promise<{ status: number; body: Record<string, unknown> }> => {
    const answer = await fetch(new URL('/api/articles/a/glossary', server.url), { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: answer.status, body: (await answer.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    ({ dir, server } = await servedFolder('house.yaml', 'desk.yaml'));
    const token = new URL(server.url).searchParams.get('token')!;
    headers = { 'Content-Type': 'application/json', 'X-Lektor-Token': token, Cookie: `lektor-review-${server.port}=${token}` };
  });
  afterAll(async () => {
    await server?.close();
  });

  it('writes to the file chosen, every byte of it kept, and to the last one when none is chosen', async () => {
    expect(await propose({ source: 'Verdacht', target: 'suspicion', file: 'house.yaml' })).toEqual({
      status: 200,
      body: { entry: { source: 'Verdacht', target: 'suspicion', status: 'proposed' }, message: 'Added “Verdacht” → “suspicion” to house.yaml as proposed' },
    });
    expect(await glossaryText(dir, 'house.yaml')).toBe(HOUSE + added('Verdacht', 'suspicion', '\r\n'));
    expect(await glossaryText(dir, 'desk.yaml')).toBe(DESK);

    expect((await propose({ source: 'Fehlverhalten', target: 'wrongdoing' })).body.message).toBe('Added “Fehlverhalten” → “wrongdoing” to desk.yaml as proposed');
    expect(await glossaryText(dir, 'desk.yaml')).toBe(DESK + added('Fehlverhalten', 'wrongdoing'));
  });

  it.each([
    ['a file not in the stack', { source: 'Verdacht', target: 'suspicion', file: 'other.yaml' }, '“other.yaml” is not a glossary file of this article’s run; choose one of house.yaml, desk.yaml'],
    ['a path to a file of the stack', { source: 'Verdacht', target: 'suspicion', file: 'x/../house.yaml' }, '“x/../house.yaml” is not a glossary file of this article’s run; choose one of house.yaml, desk.yaml'],
    ['a file that is not a string', { source: 'Verdacht', target: 'suspicion', file: 1 }, 'send { "source": "…", "target": "…" }, optionally with "file": "…"'],
  ])('refuses %s (400) and writes nothing', async (_, body, error) => {
    const before = [await glossaryText(dir, 'house.yaml'), await glossaryText(dir, 'desk.yaml')];
    expect(await propose(body)).toEqual({ status: 400, body: { error } });
    expect([await glossaryText(dir, 'house.yaml'), await glossaryText(dir, 'desk.yaml')]).toEqual(before);
  });
});

describe('Add to glossary over a glossary stack, in headless Chromium', () => {
  let browser: Browser;
  const tabs: WatchedTab[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The article's editor page of `server`, in through the printed address. */
  async function editorPage(server: ReviewServer): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    tabs.push(watchTab(page));
    await page.goto(server.url);
    await page.goto(new URL('/a.review.html', server.url).href);
    return page;
  }

  /** Selects the row's German and the English given, and clicks Add to glossary. */
  async function addTerm(page: Page, row: string, source: string, target: string): Promise<void> {
    await selectText(page, `#${row} td.src`, source);
    await page.locator(`#${row} td.tgt`).evaluate((td, english) => {
      // The tiny model's English is not the reviewer's: they type theirs, then select it.
      const note = td.ownerDocument.createElement('span');
      note.textContent = english;
      td.append(note);
    }, target);
    await selectText(page, `#${row} td.tgt`, target);
    await page.locator(`#${row}`).getByRole('button', { name: 'Add to glossary' }).click();
  }

  it('asks which file of the stack, the last by default, and writes the entry to the one chosen', async () => {
    const { dir, server } = await servedFolder('house.yaml', 'desk.yaml');
    try {
      const page = await editorPage(server);
      const choice = page.getByLabel('Add to glossary writes to');
      expect(await choice.locator('option').allInnerTexts()).toEqual(['house.yaml', 'desk.yaml']);
      expect(await choice.inputValue()).toBe('desk.yaml');

      await addTerm(page, 's0001', 'Verdacht', 'suspicion');
      await expect.poll(() => page.locator('#s0001 .msg').innerText()).toBe('Added “Verdacht” → “suspicion” to desk.yaml as proposed');
      expect(await glossaryText(dir, 'desk.yaml')).toBe(DESK + added('Verdacht', 'suspicion'));

      await choice.selectOption('house.yaml');
      await addTerm(page, 's0002', 'Fehlverhalten', 'wrongdoing');
      await expect.poll(() => page.locator('#s0002 .msg').innerText()).toBe('Added “Fehlverhalten” → “wrongdoing” to house.yaml as proposed');
      expect(await glossaryText(dir, 'house.yaml')).toBe(HOUSE + added('Fehlverhalten', 'wrongdoing', '\r\n'));
      expect(await glossaryText(dir, 'desk.yaml')).toBe(DESK + added('Verdacht', 'suspicion'));
    } finally {
      await server.close();
    }
  });

  it('with one glossary file asks nothing and writes to it', async () => {
    const { dir, server } = await servedFolder('desk.yaml');
    try {
      const page = await editorPage(server);
      expect(await page.locator('select.glossary-file').count()).toBe(0);
      await addTerm(page, 's0001', 'Verdacht', 'suspicion');
      await expect.poll(() => page.locator('#s0001 .msg').innerText()).toBe('Added “Verdacht” → “suspicion” to desk.yaml as proposed');
      expect(await glossaryText(dir, 'desk.yaml')).toBe(DESK + added('Verdacht', 'suspicion'));
    } finally {
      await server.close();
    }
  });

  it('ran no script error, opened no dialog it did not expect and sent nothing elsewhere', () => {
    expect(tabs.flatMap((t) => t.problems)).toEqual([]);
  });
});
