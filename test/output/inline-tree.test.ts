import { describe, expect, it } from 'vitest';
import { inlineTree, type InlineNode } from '../../output/inline-tree.js';
import { markPart } from '../../pipeline/core/mark-part.js';
import type { InlineMark, Segment } from '../../pipeline/core/doc.js';
import { alone, el, marked } from '../helpers/inline-marks.js';

/** The tree as a compact string: `[id …]` for an element, `{id:text}` for a standalone one. */
function show(nodes: readonly InlineNode[]): string {
  return nodes.map((n) => (n.kind === 'text' ? n.text : n.kind === 'standalone' ? `{${n.mark.id}:${n.text}}` : `[${n.mark.id} ${show(n.children)}]`)).join('');
}

const segment = (parts: ReturnType<typeof marked>): Segment => ({ id: 's0001', start: 0, end: parts.source.length, translatable: true, ...parts });

describe('inlineTree', () => {
  it('nests elements by their offsets on each side, text between them', () => {
    const s = segment(
      marked(
        ['Laut ', el('m1', 'link', '<a>', [el('m2', 'italic', '<i>', 'ersten', '</i>'), ' Angaben'], '</a>'), ' wurde ', alone('m3', 'code', '`x`', 'x'), '.'],
        [alone('m3', 'code', '`x`', 'x'), ' was run, ', el('m1', 'link', '<a>', ['according to ', el('m2', 'italic', '<i>', 'initial', '</i>')], '</a>'), '.'],
      ),
    );
    expect(show(inlineTree(s, 'source'))).toBe('Laut [m1 [m2 ersten] Angaben] wurde {m3:x}.');
    expect(show(inlineTree(s, 'target'))).toBe('{m3:x} was run, [m1 according to [m2 initial]].');
  });

  it('keeps text offsets, so terms can be placed inside elements', () => {
    const s = segment(marked(['Die ', el('m1', 'bold', '**', 'Polizei', '**'), ' kommt']));
    const [, bold] = inlineTree(s, 'source');
    expect(bold?.kind === 'element' && bold.children[0]).toEqual({ kind: 'text', text: 'Polizei', start: 4 });
  });

  it('leaves out a lost mark and one that would cross another', () => {
    const lost = segment(marked(['Ein ', el('m1', 'bold', '**', 'fetter', '**'), ' Satz'], ['A bold sentence']));
    expect(show(inlineTree(lost, 'target'))).toBe('A bold sentence');
    const { lost: _lost, ...bold } = lost.marks?.[0] as InlineMark;
    const crossing: Segment = { ...lost, marks: [{ ...bold, targetStart: 2, targetEnd: 6 }, { ...bold, id: 'm2', targetStart: 4, targetEnd: 10 }] };
    expect(show(inlineTree(crossing, 'target'))).toBe('A [m1 bold] sentence');
    // A lost piece of a cut element keeps offsets (the article needs them), but has no place here.
    const piece: Segment = { ...lost, marks: [{ ...bold, close: '', targetStart: 0, targetEnd: 15, lost: true }] };
    expect(show(inlineTree(piece, 'target'))).toBe('A bold sentence');
  });

  it.each([
    [el('m1', 'bold', '<b>', 'x', '</b>'), 'whole'],
    [el('m1', 'bold', '<b>', 'x', ''), 'head'],
    [el('m1', 'bold', '', 'x', '</b>'), 'tail'],
    [el('m1', 'bold', '', 'x', ''), 'middle'],
    [alone('m1', 'break', '<br>'), 'whole'],
  ])('a mark %# is the %s of its element', (spec, part) => {
    expect(markPart(marked([spec]).marks?.[0] as InlineMark)).toBe(part);
  });
});
