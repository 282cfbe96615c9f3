import { applyEdits } from '../edit-text.js';
import type { EnforcementStrategy } from './strategy.js';

/** Translates the source untouched (but for the edits it is asked to apply); verification alone keeps the glossary. */
const verify: EnforcementStrategy = {
  prepare: (source, _terms, also = []) => (also.length > 0 ? applyEdits(source, also).text : undefined),
  restore: (target) => target,
};

export default verify;
