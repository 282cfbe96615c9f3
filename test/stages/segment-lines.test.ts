import { describe, expect, it } from 'vitest';
import segmentLines from '../../pipeline/stages/segment-lines.js';
import { makeDocument } from '../../pipeline/read/read-article.js';

const doc = (text: string) => makeDocument(text, 'lines.txt', { bomStripped: false, lineEndingsNormalised: 0, nfcChanged: false });

describe('segment-lines stage', () => {
  it('makes each non-blank line one paragraph of one segment, trimmed, with offsets into the text', async () => {
    const text = 'Erster Satz. Zweiter Satz.\n\n  – \nOhne Punkt';
    const { paragraphs } = await segmentLines()(doc(text), { now: new Date(0) });
    expect(paragraphs.map((p) => [p.id, p.kind, p.segments.map((s) => [s.id, s.source, s.translatable])])).toEqual([
      ['p0001', 'paragraph', [['s0001', 'Erster Satz. Zweiter Satz.', true]]],
      ['p0002', 'paragraph', [['s0002', '–', false]]],
      ['p0003', 'paragraph', [['s0003', 'Ohne Punkt', true]]],
    ]);
    for (const s of paragraphs.flatMap((p) => p.segments)) expect(text.slice(s.start, s.end)).toBe(s.source);
  });

  it('gives a blank text no paragraphs', async () => {
    expect((await segmentLines()(doc(' \n\n'), { now: new Date(0) })).paragraphs).toEqual([]);
  });
});
