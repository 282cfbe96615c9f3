import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Format } from '../../../output/index.js';
import { openDelivery, type DeliveredArticle } from '../../../pipeline/app/deliver/delivery.js';
import { readArticleRecord } from '../../../pipeline/app/review/article-record.js';
import type { QaConfig } from '../../../pipeline/config.js';
import { makeDoc } from '../../helpers/make-doc.js';

const QA_ON: QaConfig = { checks: 'all', severity: {}, minConfidence: 0.5 };
const QA_OFF: QaConfig = { checks: 'none', severity: {}, minConfidence: 0.5 };
const MONDAY = new Date('2024-01-01T00:00:00Z');
const TUESDAY = new Date('2024-01-02T00:00:00Z');

function article(name: string, formats: readonly Format[], qa: QaConfig = QA_ON): DeliveredArticle {
  const flags = [{ check: 'numbers', severity: 'warning', message: 'Number `1` missing in target' }] as const;
  const doc = makeDoc([{ segments: [{ source: `Der Satz von ${name}.`, target: `The sentence of ${name}.`, flags }] }], name);
  return { doc, formats, glossary: null, qa, memory: null };
}

/** The article names `index.html` links, in its order. */
async function indexed(outDir: string): Promise<string[]> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  return [...html.matchAll(/href="([^"]+)\.review\.html"/g)].map((m) => m[1] as string);
}

let outDir: string;
beforeEach(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'lektor-deliver-'));
});

describe('openDelivery', () => {
  it("writes an article's formats and its record, and returns the formats' files", async () => {
    const delivery = openDelivery({ outDir });
    const files = await delivery.article(article('a', ['txt', 'jsonl']), MONDAY);
    expect([...files].sort()).toEqual([path.join(outDir, 'a.en.txt'), path.join(outDir, 'a.jsonl')]);
    expect(await readFile(path.join(outDir, 'a.en.txt'), 'utf8')).toBe('The sentence of a.\n');
    expect(await readArticleRecord(outDir, 'a')).toMatchObject({ version: 1, formats: ['txt', 'jsonl'], glossary: null, qa: QA_ON, memory: null });
  });

  it('lists the delivered html articles in index.html, stamped with the newest article’s date', async () => {
    await openDelivery({ outDir }).article(article('old', ['html']), MONDAY);
    const delivery = openDelivery({ outDir });
    await delivery.article(article('b', ['html']), TUESDAY);
    await delivery.article(article('a', ['html']), MONDAY);
    await delivery.finish();
    expect(await indexed(outDir)).toEqual(['a', 'b']);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toContain('2024-01-02');
  });

  it("with index 'folder' lists every article recorded in the folder", async () => {
    await openDelivery({ outDir }).article(article('old', ['html']), MONDAY);
    const delivery = openDelivery({ outDir, index: 'folder' });
    await delivery.article(article('new', ['html']), TUESDAY);
    await delivery.finish();
    expect(await indexed(outDir)).toEqual(['new', 'old']);
  });

  it('writes no index.html and no run.json when no article was delivered in html and no run is reported', async () => {
    const delivery = openDelivery({ outDir });
    await delivery.article(article('a', ['txt']), MONDAY);
    await delivery.finish();
    expect((await readdir(outDir)).sort()).toEqual(['.lektor', 'a.en.txt']);
  });

  it("completes the caller's report with the tool first and the articles' QA summary and match analysis last, in <outDir>/run.json", async () => {
    const delivery = openDelivery({ outDir });
    await delivery.article(article('a', ['txt']), MONDAY);
    await delivery.article(article('b', ['txt'], QA_OFF), MONDAY);
    const own = { status: 'completed', counts: { articles: 2, failed: 0, pending: 0, sentences: 2, sentencesFromMemory: 0 }, failures: [] } as const;
    const { report, runFile } = await delivery.finish({ report: own });
    expect(runFile).toBe(path.join(outDir, 'run.json'));
    expect(Object.keys(report)).toEqual(['tool', 'status', 'counts', 'failures', 'qa', 'matches']);
    expect(Object.keys(report.matches.articles)).toEqual(['a', 'b']);
    expect(report.matches.total['no match']).toEqual({ sentences: 2, words: 8 });
    expect(report.tool).toMatch(/^lektor \d/);
    expect(report.qa).toEqual({ segments: 2, flaggedSegments: 2, flags: 2, bySeverity: { error: 0, warning: 2, info: 0 }, byCheck: { numbers: 2 } });
    expect(await readFile(runFile, 'utf8')).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it.each([
    ['no article ran QA', undefined, null],
    ['the run says QA ran, though no article finished', true, { segments: 0, flaggedSegments: 0, flags: 0, bySeverity: { error: 0, warning: 0, info: 0 }, byCheck: {} }],
  ])('reports qa %s', async (_, qa, expected) => {
    const delivery = openDelivery({ outDir });
    if (qa === undefined) await delivery.article(article('a', ['txt'], QA_OFF), MONDAY);
    const file = path.join(outDir, 'elsewhere.json');
    const { report } = await delivery.finish({ report: { status: 'completed', counts: { articles: 1, failed: 0, pending: 0, sentences: 0, sentencesFromMemory: 0 }, failures: [] }, file, qa });
    expect(report.qa).toEqual(expected);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(report);
  });

  it("flags articles by the folder checks as it finishes; an earlier run's article has its files rewritten, not this run's report", async () => {
    const spying = (name: string, english: string): DeliveredArticle => ({
      doc: makeDoc([{ segments: [{ source: 'Der Geheimdienst überwacht das Lager.', target: english }] }], name),
      formats: ['jsonl'],
      glossary: null,
      qa: QA_ON,
      memory: null,
    });
    await openDelivery({ outDir }).article(spying('old', 'The intelligence service monitors the warehouse.'), MONDAY);
    const delivery = openDelivery({ outDir });
    await delivery.article(spying('new', 'The secret service watches the depot.'), TUESDAY);
    const own = { status: 'completed' as const, counts: { articles: 1, failed: 0, pending: 0, sentences: 1, sentencesFromMemory: 0 }, failures: [] };
    const { report } = await delivery.finish({ report: own });
    expect(report.qa?.byCheck).toEqual({ 'inconsistent-target': 1 });
    expect(Object.keys(report.matches.articles)).toEqual(['new']);
    const old = JSON.parse(await readFile(path.join(outDir, 'old.jsonl'), 'utf8')) as { flags: { message: string }[] };
    expect(old.flags.map((f) => f.message)).toEqual([
      'Same German has other English elsewhere: `The secret service watches the depot.` in new s0001; expected one English for the same German',
    ]);
  });
});
