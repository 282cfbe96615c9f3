import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../output/index.js';
import { readReviewedFile } from '../../output/read-reviewed.js';
import { segmentsOf, type InlineMark } from '../../pipeline/core/doc.js';
import { sourceFromCodes, textFromCodes } from '../../pipeline/app/review/reviewed-marks.js';
import { markupDoc } from './markup-doc.js';
import { RENDER_OPTIONS } from './review-doc.js';

const FORMATS_WITH_MARKUP = ['xliff', 'xliff2', 'tmx', 'jsonl'] as const;

const where = (marks: readonly InlineMark[] = []) => marks.map((m) => [m.id, m.targetStart, m.targetEnd, m.lost ?? false]);

/** A JSONL record changed by a script: new English, its marks' offsets moved with it, one mark's dropped. */
function editedJsonl(written: string): string {
  return written
    .split('\n')
    .map((line) => {
      if (!line.includes('"id":"s0002"')) return line;
      const record = JSON.parse(line) as { target: string; marks: { id: string; targetStart: number | null; targetEnd: number | null }[] };
      const at: Record<string, [number, number] | [null, null]> = { m1: [16, 37], m2: [30, 37], m3: [0, 6], m4: [null, null] };
      const marks = record.marks.map((m) => ({ ...m, targetStart: at[m.id]?.[0] ?? null, targetEnd: at[m.id]?.[1] ?? null }));
      return JSON.stringify({ ...record, target: 'rm -rf was run, say the first reports.', marks });
    })
    .join('\n');
}

/** The file a CAT tool (or a script) leaves after a reviewer moved and dropped codes in unit s0002's English. */
const EDITS: Readonly<Record<(typeof FORMATS_WITH_MARKUP)[number], (written: string) => string>> = {
  xliff: (w) =>
    w.replace(
      /<target state="translated">According to .*\.<\/target>/,
      '<target state="final"><x id="m3" ctype="x-code"/> was run, <g id="m1" ctype="link">say the first <g id="m2" ctype="italic">reports</g></g>.</target>',
    ),
  xliff2: (w) => w.replace(/<target>According to .*\.<\/target>/, '<target><ph id="m3" dataRef="m3-open"/> was run, <pc id="m1" dataRefStart="m1-open" dataRefEnd="m1-close">say the first <pc id="m2">reports</pc></pc>.</target>'),
  tmx: (w) => w.replace(/<seg>According to .*\.<\/seg>/, '<seg><ph x="3">&lt;code&gt;rm -rf&lt;/code&gt;</ph> was run, <bpt i="7" x="1">&lt;a&gt;</bpt>say the first <bpt i="8" x="2"/>reports<ept i="8"/><ept i="7"/>.</seg>'),
  jsonl: editedJsonl,
};

describe.each(FORMATS_WITH_MARKUP)('inline markup read back from %s', (format) => {
  const doc = markupDoc();
  const written = FORMATS[format].render(doc, RENDER_OPTIONS);

  it('give every sentence its German, its English and its marks where the writer put them', () => {
    const units = readReviewedFile(written, `doc.${format}`).units;
    expect(units.map((u) => u.segment)).toEqual(segmentsOf(doc).map((s) => s.id));
    for (const segment of segmentsOf(doc)) {
      const unit = units.find((u) => u.segment === segment.id);
      const inline = unit?.inline ?? { source: [], target: [] };
      expect(sourceFromCodes(segment, inline.source)).toBe(segment.source);
      const english = textFromCodes(segment, inline.target);
      expect(english.target).toBe(segment.target);
      expect(where(english.marks)).toEqual(where(segment.marks));
    }
  });

  it('place the marks where a reviewer moved the codes', () => {
    const edited = EDITS[format](written);
    expect(edited).not.toBe(written);
    const unit = readReviewedFile(edited, `doc.${format}`).units.find((u) => u.segment === 's0002');
    const segment = segmentsOf(doc).find((s) => s.id === 's0002');
    if (!unit?.inline || !segment) throw new Error('no unit s0002');
    const english = textFromCodes(segment, unit.inline.target);
    expect(english.target).toBe('rm -rf was run, say the first reports.');
    expect(english.marks?.map((m) => [m.id, m.targetStart === undefined ? null : english.target.slice(m.targetStart, m.targetEnd), m.lost ?? false])).toEqual([
      ['m1', 'say the first reports', false],
      ['m2', 'reports', false],
      ['m3', 'rm -rf', false],
      // The break's code was dropped: its markup is lost (no place in the English), and flagged.
      ['m4', null, true],
    ]);
  });
});

describe('inline codes a tool rewrote', () => {
  it('XLIFF 2: a <pc> split into <sc/> and an <ec/> naming it by startRef is still that mark', () => {
    const doc = markupDoc();
    const written = FORMATS.xliff2.render(doc, RENDER_OPTIONS).replace(
      '<target>The <pc id="m1" dataRefStart="m1-open" dataRefEnd="m1-close" type="fmt" subType="xlf:b">police</pc> report a success</target>',
      '<target><sc id="m1" dataRef="m1-open"/>Police<ec startRef="m1" dataRef="m1-close"/> report a success</target>',
    );
    const unit = readReviewedFile(written, 'doc.xlf').units.find((u) => u.segment === 's0001');
    const segment = segmentsOf(doc)[0];
    if (!unit?.inline || !segment) throw new Error('no unit s0001');
    const english = textFromCodes(segment, unit.inline.target);
    expect(english.marks?.map((m) => english.target.slice(m.targetStart, m.targetEnd))).toEqual(['Police']);
  });
});
