import { describe, expect, it } from 'vitest';
import { findPhrase, searchMemory } from '../../../pipeline/engine/memory/concordance.js';
import type { MemoryEntry, ReviewEntry } from '../../../pipeline/engine/memory/memory.js';

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

describe('findPhrase', () => {
  it.each([
    ['an inflected German form', 'Die Spionage des Geheimdienstes wird untersucht.', 'Geheimdienst', false, 'Geheimdienstes'],
    ['a phrase in other forms', 'Wegen der möglichen Spionage ermittelt sie.', 'mögliche Spionage', false, 'möglichen Spionage'],
    ['umlauts spelt out', 'Der Flughafen Luettich.', 'Lüttich', false, 'Luettich'],
    ['English by lower case', 'The Intelligence Service monitors it.', 'intelligence service', true, 'Intelligence Service'],
    ['not part of a longer word', 'Die Dienstreise war kurz.', 'Dienst', false, undefined],
  ])('%s', (_, text, phrase, english, found) => {
    const span = findPhrase(text, phrase, english);
    expect(span && text.slice(span.start, span.end)).toBe(found);
  });
});

describe('searchMemory', () => {
  const review: ReviewEntry = { source: 'Der Geheimdienst überwacht das Logistikzentrum.', modelInput: null, target: 'The intelligence service monitors the logistics centre.', draft: 'x', createdAt: '2026-11-30T09:00:00.000Z', tool: 't' };
  const entry = (source: string, target: string): MemoryEntry => ({ model: 'm', dtype: 'fp32', decoding: '{}', source, target, origin: 'model', createdAt: '2026-01-01T00:00:00.000Z', tool: 't' });
  const entries = [entry('Geheimdienste arbeiten im Verborgenen.', 'Secret services work in secret.'), entry(review.source, review.target), entry('Gute Nacht.', 'Good night.')];

  it('finds reviews first, then machine entries, each pair once, at most `limit`', async () => {
    const hits = await searchMemory(each([review]), each(entries), 'Geheimdienst', { english: false, limit: 10 });
    expect(hits.map((h) => [h.origin, h.source.slice(h.span.start, h.span.end)])).toEqual([
      ['review', 'Geheimdienst'],
      ['model', 'Geheimdienste'],
    ]);
    expect(await searchMemory(each([review]), each(entries), 'Geheimdienst', { english: false, limit: 1 })).toHaveLength(1);
  });

  it('searches the English when asked', async () => {
    const [hit] = await searchMemory(each([review]), each(entries), 'logistics centre', { english: true, limit: 10 });
    expect(hit && hit.target.slice(hit.span.start, hit.span.end)).toBe('logistics centre');
  });
});
