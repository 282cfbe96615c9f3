import type { Check } from './check.js';
import { tandemRepeats } from './lib/tandem-repeats.js';
import { wordsOf } from './lib/words.js';

// A word three times (`no, no, no`) or a phrase of two words three times is a loop; a longer
// phrase twice already is, since prose never says six words and then the same six again.
// A word said exactly twice is `doublewords`'.
const minTimes = (unitLength: number): number => (unitLength <= 2 ? 3 : 2);

/** Model loops: a word or phrase repeated back to back more often than the source does. */
export default {
  id: 'repetition',
  severity: 'error',
  run(seg, ctx) {
    const inSource = Math.max(0, ...tandemRepeats(wordsOf(seg.source), minTimes).map((r) => r.times));
    for (const repeat of tandemRepeats(wordsOf(seg.target ?? ''), minTimes)) {
      if (repeat.times <= inSource) continue;
      const phrase = repeat.unit.map((w) => w.text).join(' ');
      ctx.report(seg, `Loop in target: \`${phrase}\` repeated ${repeat.times} times in a row; the source repeats nothing like it`);
    }
  },
} satisfies Check;
