import { describe, expect, it } from 'vitest';
import { scoredTranslation, type Pieces } from '../../../models/marian/output-scores.js';

/** A vocabulary of SentencePiece pieces by id, decoded as Marian's Metaspace decoder does (`▁` a space, the first one dropped). */
function piecesOf(vocabulary: readonly string[]): Pieces {
  return {
    piece: (id) => vocabulary[id] ?? '',
    text: (ids) => ids.map((id) => vocabulary[id] ?? '').join('').replaceAll('▁', ' ').replace(/^ /, ''),
  };
}

const VOCABULARY = ['</s>', '▁The', '▁intelligence', '▁serv', 'ice', '▁monitors', '▁Belgium', '.', '▁the'];
const pieces = piecesOf(VOCABULARY);
const lp = Math.log;

describe('scoredTranslation', () => {
  it('confidence is the exponent of the mean log-probability, `</s>` included', () => {
    const { confidence } = scoredTranslation('The Belgium', [1, 6], [lp(0.9), lp(0.4), lp(0.8)], pieces);
    // (0.9 · 0.4 · 0.8)^(1/3) = 0.288^(1/3)
    expect(confidence).toBe(0.6604);
  });

  it('marks a word whose least likely piece is below 0.5, at its offsets in the text', () => {
    // The / intelligence / serv+ice / monitors / Belgium+. : `serv` at 0.3 makes "service" unsure, `.` at 0.2 "Belgium.".
    const tokens = [1, 2, 3, 4, 5, 6, 7];
    const text = 'The intelligence service monitors Belgium.';
    const result = scoredTranslation(text, tokens, [0.99, 0.6, 0.3, 0.9, 0.5, 0.95, 0.2, 0.97].map(lp), pieces);
    expect(result.lowConfidence?.map(({ start, end }) => text.slice(start, end))).toEqual(['service', 'Belgium.']);
    expect(result.lowConfidence).toEqual([
      { start: 17, end: 24 },
      { start: 34, end: 42 },
    ]);
  });

  it('marks each occurrence of a repeated word where it is, not the first one twice', () => {
    const text = 'The the the';
    const result = scoredTranslation(text, [1, 8, 8], [0.9, 0.9, 0.1, 0.9].map(lp), pieces);
    expect(result.lowConfidence).toEqual([{ start: 8, end: 11 }]);
  });

  it('gives no low-confidence word where every piece has at least even odds', () => {
    expect(scoredTranslation('The Belgium', [1, 6], [0.99, 0.5, 0.99].map(lp), pieces)).toEqual({ text: 'The Belgium', confidence: 0.7884, lowConfidence: [] });
  });

  it('skips a word decoding cannot place in the text (a special token decoding drops)', () => {
    const withUnknown = piecesOf([...VOCABULARY, '▁<unk>']);
    const result = scoredTranslation('The Belgium', [1, 9, 6], [0.9, 0.1, 0.1, 0.9].map(lp), { ...withUnknown, text: (ids) => (ids.includes(9) ? '' : withUnknown.text(ids)) });
    expect(result.lowConfidence).toEqual([{ start: 4, end: 11 }]);
  });
});
