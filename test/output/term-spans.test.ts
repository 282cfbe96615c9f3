import { describe, expect, it } from 'vitest';
import type { Segment, TermHit } from '../../pipeline/core/doc.js';
import { sourceTermSpans, splitAtSpans, targetTermSpans } from '../../output/term-spans.js';
import { hit } from './review-doc.js';

const source = 'Die Spionage-Abwehr meldet Spionage.';
const segment = (terms: TermHit[], target = 'Counter-espionage reports ESPIONAGE.'): Segment => ({ id: 's0001', source, start: 0, end: source.length, translatable: true, target, terms });

describe('term-spans', () => {
  it('takes source spans from the hits, dropping overlaps (earlier, then longer wins)', () => {
    const long = hit(source, 'Spionage-Abwehr', { expected: 'counter-espionage' });
    const inner = hit(source, 'Spionage', { expected: 'espionage' });
    expect(sourceTermSpans(segment([inner, long])).map((s) => source.slice(s.start, s.end))).toEqual(['Spionage-Abwehr']);
  });

  it('finds the expected English case-insensitively, each occurrence once', () => {
    const first = hit(source, 'Spionage', { expected: 'espionage' });
    const second = { ...first, start: 27, end: 35 };
    const spans = targetTermSpans(segment([first, second]));
    expect(spans.map((s) => [s.start, s.end])).toEqual([[8, 17], [26, 35]]);
  });

  it('uses the target offsets the glossary stage recorded', () => {
    const recorded = { ...hit(source, 'Spionage', { expected: 'espionage' }), targetStart: 26, targetEnd: 35 };
    expect(targetTermSpans(segment([recorded])).map((s) => [s.start, s.end])).toEqual([[26, 35]]);
  });

  it.each([
    ['not found', hit(source, 'Spionage', { expected: 'espionage', found: false })],
    ['absent from the target', hit(source, 'Spionage', { expected: 'spy' })],
    ['empty', hit(source, 'Spionage', { expected: '' })],
  ])('marks nothing in the target for a term that is %s', (_name, term) => {
    expect(targetTermSpans(segment([term]))).toEqual([]);
  });

  it('matches regular-expression characters literally', () => {
    const term = hit(source, 'Spionage', { expected: 'C++ (x)' });
    expect(targetTermSpans(segment([term], 'We use c++ (X) here.')).map((s) => [s.start, s.end])).toEqual([[7, 14]]);
  });

  it('splits text into plain and term pieces that join back to the text', () => {
    const term = hit(source, 'Spionage', { expected: 'espionage' });
    const pieces = splitAtSpans(source, sourceTermSpans(segment([term])));
    expect(pieces.map((p) => [p.text, p.hit?.termId])).toEqual([['Die ', undefined], ['Spionage', 'spionage'], ['-Abwehr meldet Spionage.', undefined]]);
    expect(pieces.map((p) => p.text).join('')).toBe(source);
  });

  it('ignores spans that run past the text', () => {
    const term = { ...hit(source, 'Spionage', { expected: 'x' }), end: 999 };
    expect(splitAtSpans('kurz', [{ start: 0, end: 999, hit: term }])).toEqual([{ text: 'kurz' }]);
  });
});
