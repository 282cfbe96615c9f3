import { describe, expect, it } from 'vitest';
import { segmentsOf } from '../../../../pipeline/core/doc.js';
import { addTallies, articleTally, EMPTY_TALLY, segmentTally } from '../../../../pipeline/app/review/stats/tally.js';
import { reviewedDocs } from '../../../helpers/reviewed-docs.js';

const ngramTriples = (tally: { ngrams: readonly { hypothesis: number; reference: number; matches: number }[] }): number[][] =>
  tally.ngrams.map((s) => [s.hypothesis, s.reference, s.matches]);

describe('segmentTally', () => {
  const [heading, approved, dash, unreviewed] = segmentsOf(reviewedDocs().suspicion);

  it('an edited sentence: its edits and n-grams', () => {
    // Characters: "P" → "p", "espionage" → "spying" (5); words: Possible → possible, espionage → spying,
    // of 6 in the review (The suspicion : possible spying .).
    expect(segmentTally(heading!)).toMatchObject({ sentences: 1, reviewed: 1, edited: 1, approved: 0, charEdits: 6, wordEdits: 2, referenceWords: 6 });
  });

  it('an approved sentence: no edits, but its words and n-grams count', () => {
    const tally = segmentTally(approved!);
    expect(tally).toMatchObject({ sentences: 1, reviewed: 1, edited: 0, approved: 1, charEdits: 0, wordEdits: 0, referenceWords: 2 });
    // "Yes." against itself: every n-gram matches.
    expect(ngramTriples(tally)).toEqual([[4, 4, 4], [3, 3, 3], [2, 2, 2], [1, 1, 1], [0, 0, 0], [0, 0, 0]]);
  });

  it('a sentence nobody reviewed is a sentence, nothing more', () => {
    expect(segmentTally(unreviewed!)).toEqual({ ...EMPTY_TALLY, sentences: 1 });
  });

  it('a segment the model never sees is not a sentence', () => {
    expect(segmentTally(dash!)).toEqual(EMPTY_TALLY);
  });
});

describe('articleTally and addTallies', () => {
  const { suspicion, prices } = reviewedDocs();

  it("sums an article's segments, n-gram counts order by order", () => {
    const tally = articleTally(suspicion);
    expect(tally).toMatchObject({ sentences: 3, reviewed: 2, edited: 1, approved: 1, charEdits: 6, wordEdits: 2, referenceWords: 8 });
    // The heading's [31, 28, 26], [30, 27, 20], … plus "Yes."'s [4, 4, 4], [3, 3, 3], ….
    expect(ngramTriples(tally)).toEqual([[35, 32, 30], [33, 30, 23], [31, 28, 19], [29, 26, 15], [27, 24, 12], [26, 23, 10]]);
  });

  it('sums articles', () => {
    // prices: "5 percent." → "5%.": " percent" → "%" is 7 deletions and a substitution; one word edit.
    expect(articleTally(prices)).toMatchObject({ sentences: 1, reviewed: 1, edited: 1, approved: 0, charEdits: 8, wordEdits: 1, referenceWords: 6 });
    expect(addTallies(articleTally(suspicion), articleTally(prices))).toMatchObject({ sentences: 4, reviewed: 3, edited: 2, approved: 1, charEdits: 14, wordEdits: 3, referenceWords: 14 });
  });
});
