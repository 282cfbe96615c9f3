import { describe, expect, it } from 'vitest';
import { addChrfStatistics, chrfScore, chrfStatistics, EMPTY_CHRF } from '../../../../pipeline/app/review/stats/chrf.js';

/** Corpus chrF as sacreBLEU's `corpus_chrf`: statistics summed over the pairs, then scored. */
const corpusChrf = (hypotheses: string[], references: string[]): number =>
  chrfScore(hypotheses.map((h, i) => chrfStatistics(h, references[i] ?? '')).reduce(addChrfStatistics, EMPTY_CHRF));

const triples = (hypothesis: string, reference: string): number[][] =>
  chrfStatistics(hypothesis, reference).map((s) => [s.hypothesis, s.reference, s.matches]);

describe('chrfStatistics', () => {
  it('counts n-grams of orders 1 to 6 without whitespace, by hand', () => {
    // Without whitespace: hypothesis "Thesuspicion:Possibleespionage." (31 characters),
    // reference "Thesuspicion:possiblespying." (28), so 32 − n and 29 − n n-grams of order n.
    // Unigrams: hypothesis T h e×4 s×5 u p×2 i×4 c o×3 n×2 : P b l a g . ; reference
    // T h e×2 s×5 u p×3 i×4 c o×2 n×2 : b l y g . ; clipped matches 1+1+2+5+1+2+4+1+2+2+1+1+1+1+1 = 26.
    // Bigrams: both share Th he es×2 su us sp×2 pi ic ci io on n: os ss si ib bl le = 20
    // (the hypothesis has pi, io, on twice, the reference once; :P/Po vs :p/po differ).
    // Orders 3–6 counted the same way (and with a Python transcription of sacreBLEU's
    // extract_all_char_ngrams/_get_match_statistics): 17, 14, 12, 10.
    expect(triples('The suspicion: Possible espionage.', 'The suspicion: possible spying.')).toEqual([[31, 28, 26], [30, 27, 20], [29, 26, 17], [28, 25, 14], [27, 24, 12], [26, 23, 10]]);
  });

  it("leaves out the hypothesis's n-grams of an order the reference has none of, as sacreBLEU does", () => {
    // "Yes,hedid." has 10 characters; "Yes" has no 4-grams.
    expect(triples('Yes, he did.', 'Yes')).toEqual([[10, 3, 3], [9, 2, 2], [8, 1, 1], [0, 0, 0], [0, 0, 0], [0, 0, 0]]);
  });
});

describe('chrfScore', () => {
  it('by hand: averaged precision and recall, then F2', () => {
    // P = (26/31 + 20/30 + 17/29 + 14/28 + 12/27 + 10/26) / 6 = 0.570107…
    // R = (26/28 + 20/27 + 17/26 + 14/25 + 12/24 + 10/23) / 6 = 0.636323…
    // chrF2 = 100 · 5PR / (4P + R) = 62.1878
    expect(chrfScore(chrfStatistics('The suspicion: Possible espionage.', 'The suspicion: possible spying.'))).toBeCloseTo(62.18776287618467, 10);
  });

  it.each([
    // sacreBLEU's own tests of effective-order chrF (test_chrf.py, test_cases_effective_order);
    // each has equal precision and recall, so β does not change them.
    [['a'], ['a'], 100],
    [[''], ['reference'], 0],
    [['a b c'], ['a b c'], 100],
    [['a b c'], ['abc'], 100],
    [[''], ['c'], 0],
    [['a', 'b'], ['a', 'c'], 50],
    [['aa'], ['ab'], 25],
    // The chrF metric card of Hugging Face `datasets`/`evaluate` (sacreBLEU's defaults).
    [['The relationship between Obama and Netanyahu is not exactly friendly.'], ['The ties between Obama and Netanyahu are not particularly friendly.'], 61.576379378113785],
    [
      ['The relationship between cats and dogs is not exactly friendly.', 'a good bookshop is just a genteel black hole that knows how to read.'],
      ['The relationship between dogs and cats is not exactly friendly.', 'A good bookshop is just a genteel Black Hole that knows how to read.'],
      84.64214891738334,
    ],
    // Nothing to compare.
    [[''], [''], 0],
    [['Gut'], [''], 0],
  ])('%j against %j: %d', (hypotheses, references, expected) => {
    expect(corpusChrf(hypotheses, references)).toBeCloseTo(expected, 8);
  });
});
