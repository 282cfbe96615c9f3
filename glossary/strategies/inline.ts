import { applyEdits } from '../edit-text.js';
import type { EnforcementStrategy } from './strategy.js';

/**
 * Writes the required English (for dnt terms the German itself) into the German sentence, so the
 * model copies it: reliable for names, hit and miss for common nouns, hence always verified.
 */
const inline: EnforcementStrategy = {
  prepare: (source, terms) => applyEdits(source, terms.map((t) => ({ start: t.start, end: t.end, replacement: t.expected }))).text,
  restore: (target) => target,
};

export default inline;
