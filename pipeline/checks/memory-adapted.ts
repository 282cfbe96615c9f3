import { numberChanges } from '../engine/memory/adapt-numbers.js';
import type { Check } from './check.js';

/**
 * A sentence whose English is a person's review of another sentence with this one's numbers put
 * in (origin `memory-adapted`): right in the usual case, but nobody has read it, so it says which
 * numbers changed and asks for a look.
 */
export default {
  id: 'memory-adapted',
  severity: 'warning',
  run(seg, ctx) {
    const match = seg.matches?.[0];
    if (seg.origin !== 'memory-adapted' || !match) return;
    const changes = (numberChanges(match.source, seg.source) ?? []).map(([before, now]) => `\`${before}\` → \`${now}\``);
    ctx.report(seg, `Reviewed English of a sentence ${match.similarity}% alike, with its numbers changed (${changes.join(', ')}); expected a reviewer to confirm it`);
  },
} satisfies Check;
