import type { Check } from './check.js';

/** The model returned nothing (or only spaces) for a sentence that has words. */
export default {
  id: 'empty',
  severity: 'error',
  scope: 'translatable',
  run(seg, ctx) {
    if ((seg.target ?? '').trim() === '' && seg.source.trim() !== '') {
      ctx.report(seg, `Empty target for a source of ${seg.source.trim().length} characters`);
    }
  },
} satisfies Check;
