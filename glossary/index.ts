/** The glossary's public API: load and check a file, find its terms in German text. */
export { loadGlossary } from './load.js';
export { parseGlossary } from './parse.js';
export { createTermMatcher, type TermMatch, type TermMatcher } from './match.js';
export { STRATEGIES, isStrategy, type EnforcementStrategy } from './strategies/index.js';
export type { Glossary, GlossaryTerm, TermStatus, CaseRule } from './types.js';
