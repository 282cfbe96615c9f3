import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTranslationEngine } from '../../pipeline/engine/translation-engine.js';
import { resolveConfig } from '../../pipeline/config.js';
import { segmentsOf } from '../../pipeline/core/doc.js';
import { makeDocument } from '../../pipeline/read/read-article.js';
import { SAMPLE_REVIEW } from '../helpers/sample-review.js';
import { fakeTranslator, unsureOf } from '../helpers/fake-translator.js';
import { noMemory } from '../../pipeline/engine/memory/no-memory.js';
import { openSqliteMemory } from '../../pipeline/engine/memory/sqlite-memory.js';

const doc = (text: string, name: string) => makeDocument(text, name, { bomStripped: false, lineEndingsNormalised: 0, nfcChanged: false });
const identity = { id: 'fake/model', dtype: 'fp32', decoding: {} };

describe('openTranslationEngine', () => {
  it('lets documents translated at the same time share model batches, and tallies the calls', async () => {
    const model = fakeTranslator();
    const engine = openTranslationEngine({ config: resolveConfig([], {}), identity, loadTranslator: async () => model, now: new Date(0) });
    const results = await Promise.all(['Eins ist gut.', 'Zwei ist gut.', 'Drei ist gut.'].map((text, i) => engine.translate(doc(text, `a${i}`), new Date(0))));
    expect(results.map((r) => segmentsOf(r.doc)[0]?.target)).toEqual(['EN(Eins ist gut.)', 'EN(Zwei ist gut.)', 'EN(Drei ist gut.)']);
    expect(model.batches).toHaveLength(1);
    expect(engine.tally).toMatchObject({ modelCalls: 1, modelSentences: 3 });
    expect(engine.loaded()).toBe(true);
    await engine.close();
    expect(model.disposed).toBe(true);
  });

  it('with translate.batchTokens, cuts the shared calls at that many padded tokens', async () => {
    const model = fakeTranslator();
    // Without the model's own lengths, characters count: each sentence is 13, two fit 26.
    const engine = openTranslationEngine({ config: resolveConfig([{ translate: { batchTokens: 26 } }], {}), identity, loadTranslator: async () => model, now: new Date(0) });
    await Promise.all(['Eins ist gut.', 'Zwei ist gut.', 'Drei ist gut.'].map((text, i) => engine.translate(doc(text, `a${i}`), new Date(0))));
    expect(model.batches.map((b) => b.length)).toEqual([2, 1]);
    await engine.close();
  });

  it('keeps the model’s scores with each sentence, and a run the memory answers gets the same scores without the model', async () => {
    const memory = openSqliteMemory(path.join(await mkdtemp(path.join(tmpdir(), 'lektor-engine-')), 'memory.sqlite'));
    const open = () => openTranslationEngine({ config: resolveConfig([], {}), identity, loadTranslator: async () => fakeTranslator(undefined, unsureOf(0.3125, 'gut.)')), memory, now: new Date(0) });
    const scoresOf = (result: { doc: Parameters<typeof segmentsOf>[0] }) => segmentsOf(result.doc).map((s) => [s.target, s.confidence, s.lowConfidence]);
    const first = open();
    const fresh = await first.translate(doc('Eins ist gut.', 'a'), new Date(0));
    await first.close();
    expect(scoresOf(fresh)).toEqual([['EN(Eins ist gut.)', 0.3125, [{ start: 12, end: 17 }]]]);
    const second = open();
    const recalled = await second.translate(doc('Eins ist gut.', 'a'), new Date(0));
    expect(recalled.recalled).toBe(1);
    expect(second.loaded()).toBe(false);
    expect(scoresOf(recalled)).toEqual(scoresOf(fresh));
    await second.close();
    await memory.close();
  });

  it('counts reviewed sentences as remembered, and loads no model when nothing needs one', async () => {
    const memory = { ...noMemory(), recallReviews: async (sources: readonly string[]) => sources.map((s) => (s === SAMPLE_REVIEW.source ? SAMPLE_REVIEW : undefined)) };
    const engine = openTranslationEngine({ config: resolveConfig([], {}), identity, loadTranslator: async () => fakeTranslator(), memory, now: new Date(0) });
    const result = await engine.translate(doc(SAMPLE_REVIEW.source, 'reviewed'), new Date(0));
    expect(result).toMatchObject({ sentences: 1, recalled: 1 });
    expect(segmentsOf(result.doc)[0]).toMatchObject({ target: SAMPLE_REVIEW.target, origin: 'review' });
    expect(engine.loaded()).toBe(false);
    await engine.close();
  });

  it('adapts a review of the DAX sentence to other figures, flags it and finds its numbers right; a sentence that differs in a word goes to the model with its match', async () => {
    const memory = openSqliteMemory(path.join(await mkdtemp(path.join(tmpdir(), 'lektor-engine-')), 'memory.sqlite'));
    const daxReview = { ...SAMPLE_REVIEW, source: 'Der DAX stieg um 1,2 Prozent auf 18.500 Punkte.', target: 'The DAX rose 1.2 percent to 18,500 points.' };
    await memory.recordReviews([daxReview]);
    const engine = openTranslationEngine({ config: resolveConfig([], {}), identity, loadTranslator: async () => fakeTranslator(), memory, now: new Date(0) });
    const result = await engine.translate(doc('Der DAX stieg um 0,8 Prozent auf 18.320 Punkte. Der DAX fiel um 0,8 Prozent auf 18.320 Punkte.', 'dax'), new Date(0));
    const [adapted, other] = segmentsOf(result.doc);
    const match = { similarity: 98, source: daxReview.source, target: daxReview.target, origin: 'review', createdAt: daxReview.createdAt };
    expect(adapted).toMatchObject({ target: 'The DAX rose 0.8 percent to 18,320 points.', origin: 'memory-adapted', matches: [match] });
    expect(adapted?.flags).toEqual([
      { check: 'memory-adapted', severity: 'warning', message: 'Reviewed English of a sentence 98% alike, with its numbers changed (`1,2` → `0,8`, `18.500` → `18.320`); expected a reviewer to confirm it' },
    ]);
    expect(other).toMatchObject({ target: 'EN(Der DAX fiel um 0,8 Prozent auf 18.320 Punkte.)', origin: 'model', matches: [{ ...match, similarity: 88 }] });
    expect(result).toMatchObject({ sentences: 2, recalled: 1 });
    await engine.close();
    await memory.close();
  });
});
