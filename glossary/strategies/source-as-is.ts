import { applyEdits } from '../edit-text.js';
import type { EnforcementStrategy } from './strategy.js';

/** The `prepare` of a strategy that leaves the German alone: only the edits it is asked to apply (inline markup's placeholders). */
export const sourceAsIs: EnforcementStrategy['prepare'] = (source, _terms, also = []) => (also.length > 0 ? applyEdits(source, also).text : undefined);
