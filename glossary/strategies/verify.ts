import type { EnforcementStrategy } from './strategy.js';

/** Translates the source untouched; verification alone keeps the glossary. */
export default {
  prepare: () => undefined,
  restore: (target) => target,
} satisfies EnforcementStrategy;
