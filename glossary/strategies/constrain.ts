import { sourceAsIs } from './source-as-is.js';
import type { EnforcementStrategy } from './strategy.js';

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** What may follow a term inside its word: English plural endings (the decoder forces the term's start, not its end). */
const ENDINGS = ['', 's', 'es'];

/** Whether `expected` is in `target` as a word of its own, or with a plural ending: not inside another word (`AliExpressliExpress`). */
function written(target: string, expected: string): boolean {
  const text = target.toLocaleLowerCase('en');
  const term = expected.toLocaleLowerCase('en');
  const wordAt = (i: number) => WORD_CHARACTER.test(text[i] ?? '');
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const end = at + term.length;
    if (!wordAt(at - 1) && ENDINGS.some((e) => text.startsWith(e, end) && !wordAt(end + e.length))) return true;
  }
  return false;
}

/**
 * Leaves the German alone and has the model write each term's English itself (constrained beam
 * search: the translator is given the terms, `requiredTermsOf`). Where the output lacks one (it
 * could not fit in the sentence's length limit, or was past the cap on terms per sentence), the
 * segment is translated again with `inline`.
 */
const constrain: EnforcementStrategy = {
  prepare: sourceAsIs,
  restore: (target, terms) => (terms.every((t) => written(target, t.expected)) ? target : undefined),
  fallback: 'Constrained decoding did not write every term; translated again with the terms inline',
};

export default constrain;
