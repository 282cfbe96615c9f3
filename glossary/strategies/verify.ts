import type { EnforcementStrategy } from './strategy.js';

/** Translates the source untouched; verification alone keeps the glossary. */
const verify: EnforcementStrategy = {
  prepare: () => undefined,
  restore: (target) => target,
};

export default verify;
