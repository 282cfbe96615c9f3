import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleRecords, readArticleRecord } from '../../../pipeline/app/review/article-record.js';
import { reviseArticle } from '../../../pipeline/app/review/revise-article.js';
import { segmentsOf } from '../../../pipeline/core/doc.js';
import { segmentVersion } from '../../../pipeline/core/segment-version.js';
import { summariseQa } from '../../../pipeline/stages/qa.js';
import type { RunReport } from '../../../pipeline/app/deliver/run-report.js';
import { translatedArticles } from '../../helpers/translated-articles.js';

const COUNTED = 'Die Ermittler zählten 42 Pakete.';
const NOW = new Date('2026-11-30T09:00:00Z');

const runJson = async (out: string): Promise<RunReport> => JSON.parse(await readFile(path.join(out, 'run.json'), 'utf8')) as RunReport;

/** Saves `target` for the counted sentence of article `a`, as the editor's save does. */
async function review(out: string, target: string): Promise<void> {
  const segment = segmentsOf((await readArticleRecord(out, 'a')).doc).find((s) => s.source === COUNTED)!;
  await reviseArticle(out, 'a', [{ segment: segment.id, target, version: segmentVersion(segment) }], { now: NOW });
}

describe('run.json after a review', () => {
  it('counts the QA flags of the run’s articles as the review left them, and keeps the rest of the report', async () => {
    const { out } = await translatedArticles({ a: `Zahlen\n\n${COUNTED}\n`, b: 'Gute Nacht\n\nGute Nacht.\n' });
    const before = await runJson(out);
    expect(before.qa?.byCheck.numbers).toBeUndefined();

    await review(out, 'The investigators counted parcels.');
    const after = await runJson(out);
    expect(after.qa).toMatchObject({ flags: before.qa!.flags + 1, bySeverity: { error: before.qa!.bySeverity.error + 1 }, byCheck: { numbers: 1 } });
    const docs = [];
    for await (const record of articleRecords(out)) docs.push(record.doc);
    expect(after.qa).toEqual(summariseQa(docs));
    expect({ ...after, qa: before.qa }).toEqual(before);

    // Fixed again: the count goes back.
    await review(out, 'The investigators counted 42 parcels.');
    expect((await runJson(out)).qa).toEqual(before.qa);
  });

  it('counts only the run’s own articles: one another run put into the folder stays out', async () => {
    const { out } = await translatedArticles({ a: `Zahlen\n\n${COUNTED}\n` });
    const report = await runJson(out);
    // As if the run had delivered no article but one named "other", whose record is not in the folder.
    await writeFile(path.join(out, 'run.json'), JSON.stringify({ ...report, matches: { ...report.matches, articles: { other: report.matches.articles.a } } }));
    await review(out, 'The investigators counted parcels.');
    expect((await runJson(out)).qa).toEqual({ segments: 0, flaggedSegments: 0, flags: 0, bySeverity: { error: 0, warning: 0, info: 0 }, byCheck: {} });
  });

  it.each([
    ['no run.json', async (out: string) => rm(path.join(out, 'run.json')), undefined],
    ['a run.json Lektor cannot read', async (out: string) => writeFile(path.join(out, 'run.json'), '{ half'), '{ half'],
    ['a run without QA', async (out: string) => writeFile(path.join(out, 'run.json'), JSON.stringify({ ...(await runJson(out)), qa: null })), 'qa'],
  ])('leaves %s as it is, and the review goes through', async (_, prepare, kept) => {
    const { out } = await translatedArticles({ a: `Zahlen\n\n${COUNTED}\n` });
    await prepare(out);
    const bytes = await readFile(path.join(out, 'run.json'), 'utf8').catch(() => undefined);
    await review(out, 'The investigators counted parcels.');
    expect(await readFile(path.join(out, 'run.json'), 'utf8').catch(() => undefined)).toBe(bytes);
    if (kept !== undefined) expect(bytes).toContain(kept);
    expect(segmentsOf((await readArticleRecord(out, 'a')).doc).find((s) => s.source === COUNTED)).toMatchObject({ origin: 'review' });
  });
});
