import type { Check } from './check.js';
import { wordsOf, type Word } from './lib/words.js';

/**
 * Words said exactly twice with nothing but space between: `No, no` is said on purpose, `the the`
 * is not, and three or more times is a loop for `repetition`.
 */
function doubledWords(text: string): [Word, Word][] {
  const words = wordsOf(text);
  return words.flatMap((word, i): [Word, Word][] => {
    const next = words[i + 1];
    if (!next || next.key !== word.key || !/^\s+$/u.test(text.slice(word.end, next.start))) return [];
    const moreThanTwice = words[i - 1]?.key === word.key || words[i + 2]?.key === word.key;
    return moreThanTwice ? [] : [[word, next]];
  });
}

/** A word written twice in a row (`the the`), unless the source doubles a word too (`sehr sehr`). */
export default {
  id: 'doublewords',
  severity: 'warning',
  run(seg, ctx) {
    const target = seg.target ?? '';
    if (doubledWords(seg.source).length > 0) return;
    for (const [first, second] of doubledWords(target)) {
      ctx.report(seg, `Doubled word in target: \`${target.slice(first.start, second.end)}\``);
    }
  },
} satisfies Check;
