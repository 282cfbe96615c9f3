import { describe, expect, it } from 'vitest';
import { segmentsOf } from '../../pipeline/core/doc.js';
import render from '../../output/jsonl.js';
import { makeDoc } from '../helpers/make-doc.js';
import { RENDER_OPTIONS, reviewDoc } from './review-doc.js';

function records(text: string): Record<string, unknown>[] {
  return text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('jsonl', () => {
  it('writes one object per segment in document order', () => {
    const doc = reviewDoc();
    const lines = records(render(doc, RENDER_OPTIONS));
    expect(lines.map((r) => r.id)).toEqual(segmentsOf(doc).map((s) => s.id));
    expect(lines.map((r) => r.source)).toEqual(segmentsOf(doc).map((s) => s.source));
  });

  it('gives every record the same fields in the same order, null where there is no value', () => {
    const lines = records(render(reviewDoc(), RENDER_OPTIONS));
    const keys = ['article', 'paragraph', 'kind', 'id', 'start', 'end', 'translatable', 'source', 'modelInput', 'target', 'origin', 'draft', 'reviewedAt', 'version', 'needsReview', 'confidence', 'lowConfidence', 'terms', 'flags', 'marks', 'matches'];
    for (const line of lines) expect(Object.keys(line)).toEqual(keys);
    expect(lines[5]).toMatchObject({ id: 's0006', target: null, origin: null, draft: null, reviewedAt: null, needsReview: true, terms: [], flags: [] });
  });

  it('records offsets that point into the article text', () => {
    const doc = reviewDoc();
    for (const r of records(render(doc, RENDER_OPTIONS))) expect(doc.text.slice(r.start as number, r.end as number)).toBe(r.source);
  });

  it('describes each term with its status and where it landed in the target', () => {
    const s0003 = records(render(reviewDoc(), RENDER_OPTIONS))[2];
    expect(s0003?.terms).toEqual([
      { termId: 'spionage', start: 23, end: 31, text: 'Spionage', expected: 'espionage', status: 'repaired', found: true, repaired: true, forbidden: [], dnt: false, note: 'Not "spying".', strategy: 'inline', targetStart: 24, targetEnd: 33 },
      { termId: 'alibaba', start: 36, end: 43, text: 'Alibaba', expected: 'Alibaba', status: 'ok', found: true, repaired: false, forbidden: [], dnt: true, note: null, strategy: null, targetStart: 37, targetEnd: 44 },
    ]);
  });

  it('carries the memory’s fuzzy matches, best first, with their similarity, origin and date', () => {
    const match = { similarity: 98, source: 'Der DAX stieg um 1,2 Prozent.', target: 'The DAX rose 1.2 percent.', origin: 'review' as const, createdAt: '2026-11-30T09:00:00.000Z' };
    const doc = makeDoc([{ segments: [{ source: 'Der DAX stieg um 0,8 Prozent.', target: 'The DAX rose 0.8 percent.', origin: 'memory-adapted', matches: [match] }] }]);
    expect(records(render(doc, RENDER_OPTIONS))[0]).toMatchObject({ origin: 'memory-adapted', matches: [match] });
  });

  it('keeps QA flags as they are', () => {
    const s0005 = records(render(reviewDoc(), RENDER_OPTIONS))[4];
    expect(s0005?.flags).toEqual([
      { check: 'term-missing', severity: 'error', message: 'Term “naïveté” missing in target' },
      { check: 'length-ratio', severity: 'info', message: 'Target is 20% shorter than usual' },
    ]);
  });

  it('keeps control characters, emoji and line separators inside one line of valid JSON', () => {
    const doc = makeDoc([{ segments: [{ source: 'A\u0001 „b“ 😀 \u2028 c', target: 'x' }] }]);
    const text = render(doc, RENDER_OPTIONS);
    expect(text.split('\n')).toHaveLength(2);
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(text).toContain('\\u2028');
    expect(records(text)[0]?.source).toBe('A\u0001 „b“ 😀 \u2028 c');
  });

  it('writes nothing for a document without segments', () => {
    expect(render(makeDoc([]), RENDER_OPTIONS)).toBe('');
  });
});
