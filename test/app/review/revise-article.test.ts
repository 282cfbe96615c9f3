import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { segmentsOf } from '../../../pipeline/core/doc.js';
import { ReviewError } from '../../../pipeline/core/errors.js';
import type { TranslationMemory } from '../../../pipeline/engine/memory/memory.js';
import { openSqliteMemory } from '../../../pipeline/engine/memory/sqlite-memory.js';
import { readArticleRecord } from '../../../pipeline/app/review/article-record.js';
import { previewRevision, reviseArticle } from '../../../pipeline/app/review/revise-article.js';
import { segmentVersion } from '../../../pipeline/core/segment-version.js';
import { runMain } from '../../helpers/run-main.js';
import { translatedArticles } from '../../helpers/translated-articles.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';

const ARTICLE = 'Spionage in Lüttich\n\nDer Verdacht: Mögliche Spionage im Jahr 2018. Alibaba bestreitet jegliches Fehlverhalten.\n';
const GLOSSARY = 'source_lang: de\ntarget_lang: en\nterms:\n  - source: Lüttich\n    target: Liège\n    forbidden: [Liege]\n';
const NOW = new Date('2026-11-30T09:00:00Z');

let model: string;
let memory: TranslationMemory | undefined;

beforeAll(async () => {
  model = await tinyModelDir();
});
afterEach(async () => {
  await memory?.close();
  memory = undefined;
});

/** A real run's output folder: every format, a glossary, a memory. */
async function translated(): Promise<{ dir: string; out: string }> {
  const glossary = path.join(await mkdtemp(path.join(tmpdir(), 'lektor-glossary-')), 'glossary.yaml');
  await writeFile(glossary, GLOSSARY);
  return translatedArticles({ a: ARTICLE }, ['--glossary', glossary, '--format', 'html,md,tmx,xliff,xliff2,jsonl,txt']);
}

describe('reviseArticle', () => {
  it("keeps the reviewer's English and the machine's draft, re-runs QA, rewrites every format and records the review", async () => {
    const { out } = await translated();
    const before = (await readArticleRecord(out, 'a')).doc;
    const s2 = segmentsOf(before).find((s) => s.id === 's0002')!;
    memory = openSqliteMemory(path.join(out, 'lektor-memory.sqlite'));
    const { segments } = await reviseArticle(out, 'a', [{ segment: 's0002', target: '  The suspicion:\n possible spying. ', version: segmentVersion(s2) }], { now: NOW, memory });
    expect(segments).toHaveLength(1);
    expect(segments[0]).toMatchObject({ target: 'The suspicion: possible spying.', origin: 'review', draft: s2.target, reviewedAt: NOW.toISOString() });
    // The reviewer dropped the year: the numbers check says so.
    expect(segments[0]?.flags?.map((f) => f.check)).toContain('numbers');
    const txt = await readFile(path.join(out, 'a.en.txt'), 'utf8');
    expect(txt).toContain('The suspicion: possible spying.');
    const jsonl = (await readFile(path.join(out, 'a.jsonl'), 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(jsonl.find((r) => r.id === 's0002')).toMatchObject({ origin: 'review', draft: s2.target, target: 'The suspicion: possible spying.' });
    expect(await readFile(path.join(out, 'a.xlf'), 'utf8')).toContain('<target state="final">The suspicion: possible spying.</target>');
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toContain('a.review.html');
    expect(segmentsOf((await readArticleRecord(out, 'a')).doc).find((s) => s.id === 's0002')).toEqual(segments[0]);
    expect(await memory.recallReviews([s2.source])).toEqual([
      { source: s2.source, modelInput: null, target: 'The suspicion: possible spying.', draft: s2.target, createdAt: NOW.toISOString(), tool: expect.stringMatching(/^lektor /) },
    ]);
  });

  it('an approval keeps the text, and a second review keeps the first draft', async () => {
    const { out } = await translated();
    const s3 = segmentsOf((await readArticleRecord(out, 'a')).doc).find((s) => s.id === 's0003')!;
    await reviseArticle(out, 'a', [{ segment: 's0003', target: s3.target! }], { now: NOW });
    const { segments } = await reviseArticle(out, 'a', [{ segment: 's0003', target: 'Alibaba denies all wrongdoing.' }], { now: new Date('2026-11-30T10:00:00Z') });
    expect(segments[0]).toMatchObject({ target: 'Alibaba denies all wrongdoing.', draft: s3.target, origin: 'review' });
  });

  it('takes a review back: the machine\'s draft again, unreviewed and checked, in every format; the memory forgets that review', async () => {
    const { out } = await translated();
    const machine = segmentsOf((await readArticleRecord(out, 'a')).doc).find((s) => s.id === 's0002')!;
    memory = openSqliteMemory(path.join(out, 'lektor-memory.sqlite'));
    const [saved] = (await reviseArticle(out, 'a', [{ segment: 's0002', target: 'The suspicion: spying.' }], { now: NOW, memory })).segments;
    expect(saved?.flags?.map((f) => f.check)).toContain('numbers');
    const { segments } = await reviseArticle(out, 'a', [{ segment: 's0002', revert: true, version: segmentVersion(saved!) }], { now: NOW, memory });
    expect(segments[0]).toEqual(machine);
    expect(segmentVersion(segments[0]!)).toBe(segmentVersion(machine));
    expect(await readFile(path.join(out, 'a.en.txt'), 'utf8')).toContain(machine.target);
    expect(await readFile(path.join(out, 'a.xlf'), 'utf8')).not.toContain('state="final"');
    expect(await memory.recallReviews([machine.source])).toEqual([undefined]);
    await expect(reviseArticle(out, 'a', [{ segment: 's0002', revert: true }], { now: NOW })).rejects.toThrow('sentence s0002 of "a" has no review to take back');
  });

  it('previews a revision, checked, without writing anything', async () => {
    const { out } = await translated();
    const txt = await readFile(path.join(out, 'a.en.txt'), 'utf8');
    const { segments } = await previewRevision(out, 'a', [{ segment: 's0002', target: 'The suspicion: spying.' }], { now: NOW });
    expect(segments[0]?.flags).toContainEqual({ check: 'numbers', severity: 'error', message: 'Number `2018` missing in target' });
    expect(await readFile(path.join(out, 'a.en.txt'), 'utf8')).toBe(txt);
    expect(segmentsOf((await readArticleRecord(out, 'a')).doc).find((s) => s.id === 's0002')?.origin).toBe('model');
  });

  it('verifies glossary terms in the reviewed text without changing it', async () => {
    const { out } = await translated();
    const { segments } = await reviseArticle(out, 'a', [{ segment: 's0001', target: 'Espionage in Liege' }], { now: NOW });
    expect(segments[0]?.target).toBe('Espionage in Liege');
    expect(segments[0]?.terms?.[0]).toMatchObject({ termId: 'luettich', found: false, repaired: false, forbidden: ['Liege'] });
  });

  it.each([
    [{ segment: 's0099', target: 'x' }, 'review', 'no sentence s0099 in article "a"'],
    [{ segment: 's0002', target: 'x', source: 'Ein anderer Satz.' }, 'review', 'sentence s0002 of "a": its German is no longer the article\'s'],
    [{ segment: 's0002', target: ' ' }, 'review', 'sentence s0002 of "a": the English is empty'],
    [{ segment: 's0002', target: 'x', version: 'stale' }, 'conflict', 'sentence s0002 of "a" was saved by someone else since you opened it; reload to see their version'],
  ])('refuses %j and changes nothing', async (edit, code, message) => {
    const { out } = await translated();
    const txt = await readFile(path.join(out, 'a.en.txt'), 'utf8');
    const error = await reviseArticle(out, 'a', [edit], { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReviewError);
    expect([(error as ReviewError).code, (error as ReviewError).message]).toEqual([code, message]);
    expect(await readFile(path.join(out, 'a.en.txt'), 'utf8')).toBe(txt);
  });
});

describe('a reviewed sentence in later runs', () => {
  it('is reused by a run with another model and another dtype, which then never loads a model', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-reuse-'));
    await writeFile(path.join(dir, 'a.txt'), 'Der Verdacht: Mögliche Spionage.\n');
    const first = await runMain(['translate', 'a.txt', '--model', model, '--offline', '--out', 'out', '--format', 'jsonl,txt', '-q'], { cwd: dir });
    expect(first.code).toBe(0);
    memory = openSqliteMemory(path.join(dir, 'out', 'lektor-memory.sqlite'));
    await reviseArticle(path.join(dir, 'out'), 'a', [{ segment: 's0001', target: 'The suspicion: possible spying.' }], { now: NOW, memory });
    await memory.close();
    memory = undefined;
    // Another model directory (nothing there: loading it would fail) and another dtype.
    const again = await runMain(['translate', 'a.txt', '--model', path.join(dir, 'no-such-model'), '--dtype', 'q8', '--offline', '--out', 'out', '--format', 'jsonl,txt', '--json'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.out).not.toContain('"model-loaded"');
    expect(again.out).toContain('"type":"article","file":"a.txt","status":"memory","sentences":1,"recalled":1');
    expect(await readFile(path.join(dir, 'out', 'a.en.txt'), 'utf8')).toBe('The suspicion: possible spying.\n');
    const record = JSON.parse((await readFile(path.join(dir, 'out', 'a.jsonl'), 'utf8')).trim()) as Record<string, unknown>;
    expect(record).toMatchObject({ origin: 'review', draft: 'The suspicion: Possible espionage.', target: 'The suspicion: possible spying.' });
    const runJson = JSON.parse(await readFile(path.join(dir, 'out', 'run.json'), 'utf8')) as { model: { loaded: boolean } };
    expect(runJson.model.loaded).toBe(false);
  });
});
