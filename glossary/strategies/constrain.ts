import type { EnforcementStrategy } from './strategy.js';

const written = (target: string, expected: string) => target.toLocaleLowerCase('en').includes(expected.toLocaleLowerCase('en'));

/**
 * Leaves the German alone and has the model write each term's English itself (constrained beam
 * search: the translator is given the terms, `requiredTermsOf`). Where the output lacks one (it
 * could not fit in the sentence's length limit, or was past the cap on terms per sentence), the
 * segment is translated again with `inline`.
 */
const constrain: EnforcementStrategy = {
  prepare: () => undefined,
  restore: (target, terms) => (terms.every((t) => written(target, t.expected)) ? target : undefined),
  fallback: 'Constrained decoding did not write every term; translated again with the terms inline',
};

export default constrain;
