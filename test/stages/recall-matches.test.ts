import { describe, expect, it } from 'vitest';
import { segmentsOf, type MemoryMatch } from '../../pipeline/core/doc.js';
import recallMatches from '../../pipeline/stages/recall-matches.js';
import { makeDoc } from '../helpers/make-doc.js';

const model = { id: 'fake/model', dtype: 'fp32', decoding: {} };
const fuzzy = { threshold: 70, limit: 3 };
const dax: MemoryMatch = {
  similarity: 98,
  source: 'Der DAX stieg um 1,2 Prozent auf 18.500 Punkte.',
  target: 'The DAX rose 1.2 percent to 18,500 points.',
  origin: 'review',
  createdAt: '2026-11-30T09:00:00.000Z',
};
const NOW = 'Der DAX stieg um 0,8 Prozent auf 18.320 Punkte.';

/** A memory whose one match is `match`, for every sentence; it counts its lookups. */
function memoryWith(match: MemoryMatch) {
  const asked: string[][] = [];
  return { asked, fuzzy: async (_model: unknown, sources: readonly string[]) => (asked.push([...sources]), sources.map(() => [match])) };
}

describe('recall-matches stage', () => {
  it('adapts a review that differs only in numbers, and gives a machine match to the model with the sentence', async () => {
    const doc = makeDoc([[NOW]]);
    const [adapted] = segmentsOf(await recallMatches({ memory: memoryWith(dax), model, fuzzy })(doc, { now: new Date(0) }));
    expect(adapted).toMatchObject({ target: 'The DAX rose 0.8 percent to 18,320 points.', origin: 'memory-adapted', matches: [dax] });
    const [open] = segmentsOf(await recallMatches({ memory: memoryWith({ ...dax, origin: 'model' }), model, fuzzy })(doc, { now: new Date(0) }));
    expect(open).toMatchObject({ matches: [{ ...dax, origin: 'model' }] });
    expect(open?.target).toBeUndefined();
  });

  it('does not adapt a sentence with inline markup', async () => {
    const doc = makeDoc([{ segments: [{ source: NOW, marks: [{ start: 4, end: 7, kind: 'strong', open: '**', close: '**' } as never] }] }]);
    const [marked] = segmentsOf(await recallMatches({ memory: memoryWith(dax), model, fuzzy })(doc, { now: new Date(0) }));
    expect(marked?.target).toBeUndefined();
    expect(marked?.matches).toEqual([dax]);
  });

  it('asks nothing with limit 0, nor for sentences with a target or without words', async () => {
    const memory = memoryWith(dax);
    const doc = makeDoc([{ segments: [{ source: NOW, target: 'Kept.', origin: 'memory' }, '—'] }]);
    expect(await recallMatches({ memory, model, fuzzy })(doc, { now: new Date(0) })).toEqual(doc);
    expect(await recallMatches({ memory, model, fuzzy: { ...fuzzy, limit: 0 } })(makeDoc([[NOW]]), { now: new Date(0) })).toEqual(makeDoc([[NOW]]));
    expect(memory.asked).toEqual([]);
  });

  it('looks a sentence up by its model input too, where the glossary changed it: machine entries are stored under it', async () => {
    const source = 'Der Verdacht: Mögliche Spionage.';
    const input = 'Der Verdacht: Mögliche espionage.';
    const own: MemoryMatch = { similarity: 100, source: input, target: 'The suspicion: possible espionage.', origin: 'model', createdAt: '2026-12-01T09:00:00.000Z' };
    const review: MemoryMatch = { similarity: 80, source: 'Der Verdacht: Spionage.', target: 'Suspected spying.', origin: 'review', createdAt: '2026-12-02T09:00:00.000Z' };
    const asked: string[][] = [];
    const memory = {
      fuzzy: async (_model: unknown, sources: readonly string[]) => {
        asked.push([...sources]);
        // By the German the model's entry is only 83% alike, as the memory ranks it.
        return sources.map((s) => (s === input ? [own, { ...review, similarity: 71 }] : [review, { ...own, similarity: 83 }]));
      },
    };
    const doc = makeDoc([{ segments: [{ source, modelInput: input }, 'Verdächtige Software'] }]);
    const [found, plain] = segmentsOf(await recallMatches({ memory, model, fuzzy })(doc, { now: new Date(0) }));
    expect(asked).toEqual([[source, 'Verdächtige Software', input]]);
    expect(found?.matches).toEqual([own, review]);
    expect(plain?.matches).toEqual([review, { ...own, similarity: 83 }]);
  });
});
