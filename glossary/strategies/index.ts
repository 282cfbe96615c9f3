import type { TermStrategy } from '../../pipeline/core/doc.js';
import constrain from './constrain.js';
import inline from './inline.js';
import mask from './mask.js';
import type { EnforcementStrategy } from './strategy.js';
import verify from './verify.js';

export type { EnforcementStrategy } from './strategy.js';

/** Every enforcement strategy by its `--terms` name; a new `TermStrategy` must add a row. */
export const STRATEGIES = { inline, mask, verify, constrain } as const satisfies Record<TermStrategy, EnforcementStrategy>;

export function isStrategy(name: string): name is TermStrategy {
  return Object.hasOwn(STRATEGIES, name);
}
