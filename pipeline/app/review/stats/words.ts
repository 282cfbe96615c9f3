/**
 * The tokens TER counts: words and punctuation marks, without whitespace.
 *
 * `Intl.Segmenter` (built into Node, no dependency) splits by the Unicode word-boundary rules
 * (UAX #29), which keep `It's`, `3.5` and `U.S` whole and make each punctuation mark a token of
 * its own, as Tercom's tokeniser does. Its word segments also include punctuation; only the
 * whitespace ones are dropped. Case is kept: a capital fixed by the reviewer is an edit.
 */
export function words(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment).filter((segment) => /\S/u.test(segment));
}

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
