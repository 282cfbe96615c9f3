import type { Check } from './check.js';
import { germanRuns, looksGerman } from './lib/german-words.js';
import { wordsOf } from './lib/words.js';

// Two strongly German words among three or more: one alone may be a loanword or a name.
const MIN_STRONG = 2;
const MIN_RUN = 3;

const normalise = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

/** German copied through: the whole sentence, or a run of German words inside the English. */
export default {
  id: 'untranslated',
  severity: 'error',
  run(seg, ctx) {
    const target = seg.target ?? '';
    const sourceWords = wordsOf(seg.source);
    if (normalise(target) === normalise(seg.source)) {
      // A sentence of names and numbers rightly stays as it is.
      if (looksGerman(sourceWords)) ctx.report(seg, 'Target is identical to the German source; expected an English translation');
      return;
    }
    for (const run of germanRuns(sourceWords, wordsOf(target), MIN_STRONG, MIN_RUN)) {
      const first = run[0];
      const last = run[run.length - 1];
      if (first && last) ctx.report(seg, `Untranslated German in target: \`${target.slice(first.start, last.end)}\``);
    }
  },
} satisfies Check;
