import { positionId, type LektorDoc, type Paragraph, type ParagraphKind, type Segment } from '../../pipeline/core/doc.js';

export interface ParagraphSpec {
  readonly kind?: ParagraphKind;
  /** Sentences, or sentences with fields to set (target, terms, flags). */
  readonly segments: readonly (string | ({ source: string } & Partial<Omit<Segment, 'id' | 'start' | 'end' | 'source'>>))[];
}

/**
 * A document as the reader and segmenter would build it: paragraphs separated by a blank line,
 * sentences by one space, with correct offsets and position ids.
 */
export function makeDoc(paragraphs: readonly (ParagraphSpec | readonly string[])[], name = 'test'): LektorDoc {
  let text = '';
  let segmentIndex = 0;
  const built: Paragraph[] = paragraphs.map((spec, pi) => {
    const p: ParagraphSpec = Array.isArray(spec) ? { segments: spec as readonly string[] } : (spec as ParagraphSpec);
    if (pi > 0) text += '\n\n';
    const pStart = text.length;
    const segments = p.segments.map((seg, si) => {
      const fields = typeof seg === 'string' ? { source: seg } : seg;
      if (si > 0) text += ' ';
      const start = text.length;
      text += fields.source;
      return {
        translatable: /\p{L}/u.test(fields.source),
        ...fields,
        id: positionId('s', segmentIndex++),
        start,
        end: text.length,
      } satisfies Segment;
    });
    return { id: positionId('p', pi), kind: p.kind ?? 'paragraph', start: pStart, end: text.length, segments };
  });
  return {
    meta: {
      name,
      path: `${name}.txt`,
      sourceLang: 'de',
      targetLang: 'en',
      normalisation: { bomStripped: false, lineEndingsNormalised: 0, nfcChanged: false },
    },
    text,
    paragraphs: built,
  };
}
