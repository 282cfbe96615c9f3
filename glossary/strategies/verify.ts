import { sourceAsIs } from './source-as-is.js';
import type { EnforcementStrategy } from './strategy.js';

/** Translates the source untouched; verification alone keeps the glossary. */
const verify: EnforcementStrategy = {
  prepare: sourceAsIs,
  restore: (target) => target,
};

export default verify;
