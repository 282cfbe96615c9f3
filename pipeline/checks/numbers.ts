import type { Check } from './check.js';
import { readQuantities, type Quantity } from './lib/quantities.js';
import { ENGLISH_RULES, GERMAN_RULES } from './lib/quantity-rules.js';

const NOUN: Readonly<Record<Quantity['kind'], string>> = { number: 'Number', date: 'Date', time: 'Time' };

/**
 * Every number, date and time of the source must be in the target, and the target must not
 * bring numbers of its own (a model's invented year is as wrong as a dropped one). Both sides
 * are read into the same keys first, so `3,5` and `3.5`, `05.10.2023` and `October 5, 2023` agree.
 */
export default {
  id: 'numbers',
  severity: 'error',
  run(seg, ctx) {
    const source = readQuantities(seg.source, GERMAN_RULES);
    const target = readQuantities(seg.target ?? '', ENGLISH_RULES);
    for (const q of source.quantities) {
      if (q.keys.some((key) => target.present.has(key))) continue;
      const meaning = q.english === q.raw ? '' : ` (${q.english})`;
      ctx.report(seg, `${NOUN[q.kind]} \`${q.raw}\`${meaning} missing in target`);
    }
    for (const q of target.quantities) {
      if (q.keys.some((key) => source.present.has(key))) continue;
      ctx.report(seg, `${NOUN[q.kind]} \`${q.raw}\` in target not found in source`);
    }
  },
} satisfies Check;
