import type { Check } from './check.js';

/** A do-not-translate term (a name, a brand) that the glossary stage did not find unchanged in the target. */
export default {
  id: 'dnt',
  severity: 'error',
  run(seg, ctx) {
    for (const hit of seg.terms ?? []) {
      if (hit.dnt && !hit.found) ctx.report(seg, `Do-not-translate term \`${hit.text}\` changed; expected \`${hit.expected}\` unchanged in target`);
    }
  },
} satisfies Check;
