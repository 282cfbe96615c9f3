import { applyEdits } from '../edit-text.js';
import type { EnforcementStrategy } from './strategy.js';

/**
 * Writes the required English into the German sentence, so the model copies it: reliable for
 * names, hit and miss for common nouns, hence always verified. A dnt term already is its English
 * and stays as written (`Alibabas` keeps its genitive for the model to render).
 */
const inline: EnforcementStrategy = {
  prepare: (source, terms, also = []) =>
    applyEdits(source, [...also, ...terms.filter((t) => !t.dnt).map((t) => ({ start: t.start, end: t.end, replacement: t.expected }))]).text,
  restore: (target) => target,
};

export default inline;
