import { describe, expect, it } from 'vitest';
import type { Segment } from '../../pipeline/core/doc.js';
import { segmentNotes } from '../../output/segment-notes.js';

const segment: Segment = {
  id: 's0001',
  source: 'Spionage & Co\u0001.',
  start: 0,
  end: 15,
  translatable: true,
  target: 'Espionage & Co.',
  terms: [{ termId: 'spionage', start: 0, end: 8, text: 'Spionage', expected: 'espionage', found: true, repaired: true, note: 'Not <spying>.' }],
  flags: [
    { check: 'numbers', severity: 'info', message: 'Nothing & more' },
    { check: 'terms', severity: 'error', message: 'Bad' },
  ],
};

describe('segment-notes', () => {
  it('lists flags, then terms, then removed characters, with priorities and XML-safe text', () => {
    expect(segmentNotes(segment)).toEqual([
      { category: 'qa', priority: 5, text: '[info] numbers: Nothing &amp; more' },
      { category: 'qa', priority: 1, text: '[error] terms: Bad' },
      { category: 'glossary', priority: 3, text: 'Term “Spionage” → “espionage”: repaired by Lektor. Note: Not <spying>.' },
      { category: 'xml', priority: 1, text: 'Lektor removed 1 XML-illegal control character from this segment.' },
    ]);
  });

  it('has no notes for a clean segment', () => {
    expect(segmentNotes({ ...segment, source: 'Satz.', terms: [], flags: undefined })).toEqual([]);
  });
});
