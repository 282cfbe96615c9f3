import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelIdentity } from '../../../models/translator.js';
import type { TranslationMemory } from '../../../pipeline/engine/memory/memory.js';
import { SAMPLE_REVIEW } from '../../helpers/sample-review.js';
import { openSqliteMemory } from '../../../pipeline/engine/memory/sqlite-memory.js';

const fp32: ModelIdentity = { id: 'Xenova/opus-mt-de-en', dtype: 'fp32', decoding: { do_sample: false, num_beams: 1 } };
const review = SAMPLE_REVIEW;

let memory: TranslationMemory | undefined;
afterEach(async () => {
  await memory?.close();
  memory = undefined;
});

const fresh = async (): Promise<TranslationMemory> => (memory = openSqliteMemory(path.join(await mkdtemp(path.join(tmpdir(), 'lektor-reviews-')), 'm.sqlite')));

describe('reviews in the translation memory', () => {
  it('are counted apart from machine entries, and clearing keeps them unless asked', async () => {
    const m = await fresh();
    await m.record(fp32, [['Ja.', { text: 'Yes.' }]], { origin: 'model', createdAt: review.createdAt, tool: review.tool });
    await m.recordReviews([review]);
    expect(await m.stats()).toMatchObject({ entries: 1, reviewed: 1 });
    expect(await m.clear()).toEqual({ entries: 1, reviewed: 0 });
    expect(await m.recallReviews([review.source])).toEqual([review]);
    expect(await m.clear(undefined, { reviewed: true })).toEqual({ entries: 0, reviewed: 1 });
    expect(await m.stats()).toMatchObject({ entries: 0, reviewed: 0 });
  });

  it('forgets a review taken back, found by the German however it was wrapped, but not a later one of the same sentence', async () => {
    const m = await fresh();
    await m.recordReviews([review, { ...review, source: 'Ja.', target: 'Yes indeed.' }]);
    await m.forgetReviews([{ source: 'Der  Verdacht:\nMögliche Spionage.', target: review.target }, { source: 'Ja.', target: 'Yes.' }]);
    expect(await m.recallReviews([review.source, 'Ja.'])).toEqual([undefined, expect.objectContaining({ target: 'Yes indeed.' })]);
    expect(await m.stats()).toMatchObject({ reviewed: 1 });
  });

  it('a memory file written by the first version (schema 1) is migrated in place and keeps its entries', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'lektor-v1-')), 'lektor-memory.sqlite');
    await copyFile(path.join(import.meta.dirname, '../../fixtures/memory/lektor-memory-v1.sqlite'), file);
    memory = openSqliteMemory(file);
    // Entries from before scores were kept come back without any.
    expect(await memory.recall(fp32, ['Der Verdacht: Mögliche Spionage.', 'Alibaba bestreitet jegliches Fehlverhalten.'])).toEqual([
      { text: 'The suspicion: Possible espionage.' },
      { text: 'Alibaba denies any wrongdoing.' },
    ]);
    expect(await memory.stats()).toMatchObject({ entries: 3, reviewed: 0 });
    // Its sentences are indexed for fuzzy matches when it is migrated.
    expect(await memory.fuzzy(fp32, ['Alibaba bestreitet jedes Fehlverhalten.'], { threshold: 70, limit: 3 })).toEqual([
      [expect.objectContaining({ similarity: 80, source: 'Alibaba bestreitet jegliches Fehlverhalten.', origin: 'model' })],
    ]);
    await memory.recordReviews([review]);
    const scored = { text: 'Yes.', confidence: 0.8125, lowConfidence: [{ start: 0, end: 4 }] };
    await memory.record(fp32, [['Ja.', scored]], { origin: 'model', createdAt: review.createdAt, tool: review.tool });
    expect(await memory.recall(fp32, ['Ja.'])).toEqual([scored]);
    await memory.close();
    memory = undefined;
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare('SELECT COUNT(*) FROM reviews').pluck().get()).toBe(1);
    db.close();
  });
});
