import { describe, expect, it } from 'vitest';
import type { InlinePiece } from '../../../output/reviewed-file.js';
import type { Segment } from '../../../pipeline/core/doc.js';
import { reviewedText, sourceFromCodes, textFromCodes } from '../../../pipeline/app/review/reviewed-marks.js';
import { alone, el, marked } from '../../helpers/inline-marks.js';

const segment = (parts: ReturnType<typeof marked>): Segment => ({ id: 's0001', start: 0, end: parts.source.length, translatable: true, origin: 'model', ...parts });

/** `Laut [m1 [m2 ersten] Angaben] wurde {m3:rm -rf} ausgeführt.` and its translation. */
const linked = segment(
  marked(
    ['Laut ', el('m1', 'link', '<a href="x">', [el('m2', 'italic', '<em>', 'ersten', '</em>'), ' Angaben'], '</a>'), ' wurde ', alone('m3', 'code', '<code>rm -rf</code>', 'rm -rf'), ' ausgeführt.'],
    ['According to ', el('m1', 'link', '<a href="x">', [el('m2', 'italic', '<em>', 'initial', '</em>'), ' reports'], '</a>'), ', ', alone('m3', 'code', '<code>rm -rf</code>', 'rm -rf'), ' was run.'],
  ),
);

const open = (mark: string): InlinePiece => ({ mark, side: 'open' });
const close = (mark: string): InlinePiece => ({ mark, side: 'close' });
const code = (mark: string): InlinePiece => ({ mark, side: 'standalone' });

/** Each mark as `id:English it wraps`, `id lost` or `id lost:English` for a piece put around the sentence. */
function placed(result: { target: string; marks?: Segment['marks'] }): string[] {
  return (result.marks ?? []).map((m) => `${m.id}${m.lost ? ' lost' : ''}${m.targetStart === undefined ? '' : `:${result.target.slice(m.targetStart, m.targetEnd)}`}`);
}

describe('textFromCodes', () => {
  it('places each mark where the reviewer moved its codes, and a standalone code is its text again', () => {
    const result = textFromCodes(linked, [code('m3'), ' was run, ', open('m1'), 'according to the ', open('m2'), 'first', close('m2'), ' reports', close('m1'), '.']);
    expect(result.target).toBe('rm -rf was run, according to the first reports.');
    expect(placed(result)).toEqual(['m1:according to the first reports', 'm2:first', 'm3:rm -rf']);
  });

  it.each([
    ['a dropped code', ['According to initial reports, ', code('m3'), ' was run.'], ['m1 lost', 'm2 lost', 'm3:rm -rf']],
    ['a doubled code', ['According to ', open('m1'), open('m2'), 'initial', close('m2'), ' reports', close('m1'), ', ', code('m3'), ' ', code('m3'), ' was run.'], ['m1:initial reports', 'm2:initial', 'm3 lost']],
    ['codes in the wrong order', [close('m1'), 'According to ', open('m2'), 'initial', close('m2'), open('m1'), ' reports, ', code('m3'), '.'], ['m1 lost', 'm2:initial', 'm3:rm -rf']],
    ['a code of another kind', ['According to ', code('m1'), open('m2'), 'initial', close('m2'), ' reports, ', code('m3'), '.'], ['m1 lost', 'm2:initial', 'm3:rm -rf']],
    ['crossing codes', ['According to ', open('m1'), 'initial ', open('m2'), 'reports', close('m1'), ' now', close('m2'), ', ', code('m3'), '.'], ['m1:initial reports', 'm2 lost', 'm3:rm -rf']],
  ])('%s loses that markup and keeps the English', (_what, pieces, expected) => {
    expect(placed(textFromCodes(linked, pieces))).toEqual(expected);
  });

  it('drops a code no mark of the sentence has, keeping its text', () => {
    const result = textFromCodes(linked, ['According to ', open('m1'), open('m9'), 'initial', close('m9'), ' reports', close('m1'), ', ', code('m3'), ' was run.']);
    expect(result.target).toBe('According to initial reports, rm -rf was run.');
    expect(placed(result)).toEqual(['m1:initial reports', 'm2 lost', 'm3:rm -rf']);
  });

  it('puts a lost piece of an element a sentence boundary cuts around the whole sentence', () => {
    const head = segment(marked(['Er sagte: ', el('m1', 'italic', '<i>', 'Wir kommen.', '')], ['He said: ', el('m1', 'italic', '<i>', 'We are coming.', '')]));
    expect(placed(textFromCodes(head, ['He said: ', open('m1'), 'We come.']))).toEqual(['m1:We come.']);
    expect(placed(textFromCodes(head, ['He said: We come.']))).toEqual(['m1 lost:He said: We come.']);
  });

  it('folds whitespace as every review does, moving the marks along', () => {
    const result = textFromCodes(linked, ['\n  According to  ', open('m1'), open('m2'), 'initial', close('m2'), '\n reports', close('m1'), ', ', code('m3'), ' was run. ']);
    expect(result.target).toBe('According to initial reports, rm -rf was run.');
    expect(placed(result)).toEqual(['m1:initial reports', 'm2:initial', 'm3:rm -rf']);
  });
});

describe('sourceFromCodes', () => {
  it('reads the German back with each standalone code as its text', () => {
    expect(sourceFromCodes(linked, ['Laut ', open('m1'), open('m2'), 'ersten', close('m2'), ' Angaben', close('m1'), ' wurde ', code('m3'), ' ausgeführt.'])).toBe(linked.source);
  });
});

describe('reviewedText', () => {
  it('keeps the marks of English that is unchanged', () => {
    expect(reviewedText(linked, ` ${linked.target ?? ''}`).marks).toBe(linked.marks);
  });

  it('after a plain edit, keeps each mark around the English it wrapped where that is still there once, and loses the rest (flagged, never silently)', () => {
    expect(placed(reviewedText(linked, 'As rm -rf was run, say initial reports.'))).toEqual(['m1:initial reports', 'm2:initial', 'm3:rm -rf']);
    expect(placed(reviewedText(linked, 'According to the first reports, rm -rf was run.'))).toEqual(['m1 lost', 'm2 lost', 'm3:rm -rf']);
    expect(placed(reviewedText(linked, 'Not initial reports: initial rm -rf was run.'))).toEqual(['m1:initial reports', 'm2 lost', 'm3:rm -rf']);
  });

  it('after a plain edit, keeps an element around no English (a break) after the English that came before it, if that is there once', () => {
    const broken = segment(marked(['Erste Zeile', alone('m1', 'break', '<br>'), 'zweite Zeile.'], ['First line', alone('m1', 'break', '<br>'), 'second line.']));
    const at = (target: string) => reviewedText(broken, target).marks?.map((m) => (m.lost ? 'lost' : `${target.slice(0, m.targetStart)}|${target.slice(m.targetEnd)}`));
    expect(at('Then: First line, and the second line.')).toEqual(['Then: First line|, and the second line.']);
    expect(at('One line and another.')).toEqual(['lost']);
  });

  it('after a plain edit, keeps a piece of a cut element at the sentence’s edge', () => {
    const head = segment(marked(['Er sagte: ', el('m1', 'italic', '<i>', 'Wir kommen.', '')], ['He said: ', el('m1', 'italic', '<i>', 'We are coming.', '')]));
    expect(placed(reviewedText(head, 'He told us: We are coming.'))).toEqual(['m1:We are coming.']);
    expect(placed(reviewedText(head, 'He said: We come.'))).toEqual(['m1 lost:He said: We come.']);
  });

  it('leaves a sentence without markup without marks', () => {
    expect(reviewedText({ ...linked, marks: [] }, ' Plain  text ')).toEqual({ target: 'Plain text' });
  });
});
