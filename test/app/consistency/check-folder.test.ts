import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ModelIdentity } from '../../../models/translator.js';
import { readArticleRecord } from '../../../pipeline/app/review/article-record.js';
import { importReviews } from '../../../pipeline/app/review/import-reviews.js';
import { reviseArticle } from '../../../pipeline/app/review/revise-article.js';
import type { TranslateRunReport } from '../../../pipeline/app/deliver/run-report.js';
import { translateFiles } from '../../../pipeline/app/translate/translate-files.js';
import { resolveConfig, type QaConfig } from '../../../pipeline/config.js';
import { segmentsOf, type Flag } from '../../../pipeline/core/doc.js';
import { fakeTranslator } from '../../helpers/fake-translator.js';
import { launchChromium, watchTab } from '../../helpers/review-browser.js';

const NOW = new Date('2026-12-06T09:00:00Z');
const identity: ModelIdentity = { id: 'fake/model', dtype: 'fp32', decoding: { num_beams: 1 } };

const SPYING = 'Der Geheimdienst überwacht das Logistikzentrum.';
const MONITORS = 'The intelligence service monitors the logistics centre.';
const WATCHES = 'The secret service watches the logistics hub.';
const UNDER_WAY = 'Investigations are under way.';

/** The same German in both articles (wrapped otherwise in b), and two German sentences that get one English. */
const ARTICLES = {
  'a.txt': `Alpha\n\n${SPYING} Die Polizei ermittelt.\n`,
  'b.txt': 'Beta\n\nDer Geheimdienst überwacht\ndas  Logistikzentrum. Die Behörden ermitteln.\n',
};

/** A model that answers a sentence differently each time it sees it again: articles translated one after the other disagree. */
function changingModel() {
  const english: Record<string, readonly string[]> = { [SPYING]: [MONITORS, WATCHES], 'Die Polizei ermittelt.': [UNDER_WAY], 'Die Behörden ermitteln.': [UNDER_WAY] };
  const seen = new Map<string, number>();
  return fakeTranslator((input) => {
    const n = seen.get(input) ?? 0;
    seen.set(input, n + 1);
    const answers = english[input] ?? [`EN(${input})`];
    return answers[Math.min(n, answers.length - 1)]!;
  });
}

let dir: string;
let out: string;

async function translate(qa: Partial<QaConfig> = {}): Promise<TranslateRunReport> {
  const model = changingModel();
  const { report } = await translateFiles(Object.keys(ARTICLES), {
    config: resolveConfig([{ output: { dir: out, formats: ['jsonl', 'xliff', 'html', 'md'] }, model: { id: 'fake/model' }, qa }], {}),
    cwd: dir,
    now: NOW,
    identity,
    loadTranslator: async () => model,
    // One article at a time, so the model sees the German of b only after a's.
    articlesInFlight: 1,
  });
  return report;
}

/** The flags of the folder checks in an article's JSONL, by sentence id. */
async function jsonlFlags(name: string): Promise<Record<string, Flag[]>> {
  const lines = (await readFile(path.join(out, `${name}.jsonl`), 'utf8')).trimEnd().split('\n');
  const rows = lines.map((l) => JSON.parse(l) as { id: string; flags?: Flag[] });
  return Object.fromEntries(
    rows.map((r) => [r.id, (r.flags ?? []).filter((f) => f.check.startsWith('inconsistent-'))] as const).filter(([, flags]) => flags.length > 0),
  );
}

/** The index's total of flagged sentences. */
async function flaggedInIndex(): Promise<string | undefined> {
  return /Total<\/th>.*?data-label="Flagged">(\d+)</.exec(await readFile(path.join(out, 'index.html'), 'utf8'))?.[1];
}

async function sentence(name: string, source: string) {
  return segmentsOf((await readArticleRecord(out, name)).doc).find((s) => s.source.replace(/\s+/g, ' ') === source)!;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lektor-consistency-'));
  out = path.join(dir, 'out');
  for (const [name, text] of Object.entries(ARTICLES)) await writeFile(path.join(dir, name), text);
});

describe('the folder checks', () => {
  it('flag the same German translated differently and one English for two German sentences, in every format and run.json', async () => {
    const report = await translate();
    const a2 = (await sentence('a', SPYING)).id;
    const b2 = (await sentence('b', SPYING)).id;
    const a3 = (await sentence('a', 'Die Polizei ermittelt.')).id;
    const b3 = (await sentence('b', 'Die Behörden ermitteln.')).id;
    expect(await jsonlFlags('a')).toEqual({
      [a2]: [{ check: 'inconsistent-target', severity: 'warning', message: `Same German has other English elsewhere: \`${WATCHES}\` in b ${b2}; expected one English for the same German` }],
      [a3]: [{ check: 'inconsistent-source', severity: 'warning', message: `Same English translates other German elsewhere: \`Die Behörden ermitteln.\` in b ${b3}; expected different English for different German` }],
    });
    expect(Object.keys(await jsonlFlags('b'))).toEqual([b2, b3]);
    expect(report.qa?.byCheck).toMatchObject({ 'inconsistent-source': 2, 'inconsistent-target': 2 });
    const runJson = JSON.parse(await readFile(path.join(out, 'run.json'), 'utf8')) as TranslateRunReport;
    expect(runJson.qa).toEqual(report.qa);
    expect(runJson.qa?.flaggedSegments).toBe(4);
    expect(await readFile(path.join(out, 'a.xlf'), 'utf8')).toContain(`in b ${b2}; expected one English for the same German</note>`);
    expect(await readFile(path.join(out, 'b.review.md'), 'utf8')).toContain('inconsistent-source');
    const page = await readFile(path.join(out, 'a.review.html'), 'utf8');
    expect(page).toContain(`\`${WATCHES}\` in b ${b2}`);
    expect(page).toMatch(new RegExp(`<tr id="${a2}"[^>]* data-flagged`));
    expect(page).toContain('Flagged <span class="count">2</span>');
    expect(await flaggedInIndex()).toBe('4');
  });

  it('name a reviewed English as the one to follow, and clear in both articles once a review makes them agree', async () => {
    await translate();
    const a2 = (await sentence('a', SPYING)).id;
    const b2 = (await sentence('b', SPYING)).id;
    const { segments } = await reviseArticle(out, 'b', [{ segment: b2, target: 'The intelligence service watches the logistics centre.' }], { now: NOW });
    // The reviewer's reply shows the folder's flags at once.
    expect(segments[0]?.flags).toEqual([
      { check: 'inconsistent-target', severity: 'warning', message: `Same German has other English elsewhere: \`${MONITORS}\` in a ${a2}; expected the others to follow this reviewed English` },
    ]);
    expect((await jsonlFlags('a'))[a2]?.[0]?.message).toBe(
      `Same German has other English elsewhere: \`The intelligence service watches the logistics centre.\` in b ${b2} (reviewed); expected the reviewed English`,
    );

    // Each save clears the flag in the other article too.
    const b3 = (await sentence('b', 'Die Behörden ermitteln.')).id;
    await reviseArticle(out, 'a', [{ segment: a2, target: 'The intelligence service watches the logistics centre.' }], { now: NOW });
    expect(Object.keys(await jsonlFlags('b'))).toEqual([b3]);
    await reviseArticle(out, 'b', [{ segment: b3, target: 'The authorities are investigating.' }], { now: NOW });
    expect(await jsonlFlags('a')).toEqual({});
    expect(await jsonlFlags('b')).toEqual({});
    expect(await flaggedInIndex()).toBe('0');
    expect(segmentsOf((await readArticleRecord(out, 'a')).doc).flatMap((s) => s.flags ?? []).map((f) => f.check)).not.toContain('inconsistent-target');
  });

  it('clear once an imported review makes the sentences agree', async () => {
    await translate();
    expect(Object.keys(await jsonlFlags('a'))).toHaveLength(2);
    // The reviewer's CAT tool gave b the English a has, and b's sentence about the authorities English of its own.
    const english: Record<string, string> = { [SPYING]: MONITORS, 'Die Behörden ermitteln.': 'The authorities are investigating.' };
    const file = path.join(out, 'b.jsonl');
    const rows = (await readFile(file, 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string; target: string });
    await writeFile(file, `${rows.map((r) => JSON.stringify({ ...r, target: english[r.source.replace(/\s+/g, ' ')] ?? r.target })).join('\n')}\n`);
    expect(await importReviews([file], { outDir: out, now: NOW })).toMatchObject({ corrections: 2, refused: [], failed: [] });
    // a was not imported into, and is clear too.
    expect(await jsonlFlags('a')).toEqual({});
    expect(await jsonlFlags('b')).toEqual({});
  });

  it('run as the articles\' qa settings choose, with their severities', async () => {
    const report = await translate({ checks: ['numbers', 'inconsistent-target'], severity: { 'inconsistent-target': 'error' } });
    expect(report.qa?.byCheck).toEqual({ 'inconsistent-target': 2 });
    expect(report.qa?.bySeverity).toEqual({ error: 2, warning: 0, info: 0 });
    expect((await translate({ checks: 'none' })).qa).toBeNull();
    expect(await jsonlFlags('a')).toEqual({});
  });

  it('show on the review page, where the Flagged filter finds them', async () => {
    await translate();
    const a2 = (await sentence('a', SPYING)).id;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const tab = watchTab(page);
      await page.goto(pathToFileURL(path.join(out, 'a.review.html')).href);
      await page.click('button[data-show="flagged"]');
      const shown = page.locator('tr.seg:visible');
      expect(await shown.count()).toBe(2);
      expect(await page.locator(`tr#${a2} li.flag`).innerText()).toBe(
        `WARNING inconsistent-target Same German has other English elsewhere: \`${WATCHES}\` in b ${(await sentence('b', SPYING)).id}; expected one English for the same German`,
      );
      expect(tab.problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 30_000);
});
