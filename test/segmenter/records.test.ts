import { describe, expect, it } from 'vitest';
import { segmentRecords } from '../../pipeline/segmenter/records.js';
import { makeDoc } from '../helpers/make-doc.js';

describe('segmentRecords', () => {
  it('lists every segment with its offsets, paragraph id and kind, in order', () => {
    const doc = makeDoc([{ kind: 'heading', segments: ['Titel'] }, ['Eins.', 'Zwei.']]);
    expect(segmentRecords(doc.paragraphs)).toEqual([
      { text: 'Titel', start: 0, end: 5, paragraph: 'p0001', kind: 'heading' },
      { text: 'Eins.', start: 7, end: 12, paragraph: 'p0002', kind: 'paragraph' },
      { text: 'Zwei.', start: 13, end: 18, paragraph: 'p0002', kind: 'paragraph' },
    ]);
  });
});
