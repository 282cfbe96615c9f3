import { findEnglish } from '../../../english.js';
import { splitWords } from '../../../words.js';
import type { BuiltEntry, LintRule } from '../lint-rule.js';

export default {
  id: 'overlapping-terms',
  severity: 'warning',
  description: "a term inside a longer term whose English leaves it out: the longer term wins, so the shorter one's English is lost there",
  check(ctx) {
    for (const entry of ctx.entries) {
      const term = entry.term;
      if (!term || term.status === 'forbidden') continue;
      const reported = new Set<BuiltEntry>();
      term.source.forEach((variant, k) => {
        for (const inner of innerPhrases(variant)) {
          const owner = ctx.claimantOf(inner);
          if (!owner || owner.index === entry.index || reported.has(owner)) continue;
          if (findEnglish(term.target, owner.term.target, owner.term.case).length > 0) continue;
          reported.add(owner);
          const inside = `"${owner.term.source[0]}" (line ${owner.line}) lies inside "${variant}"`;
          ctx.report(entry, ['source', k], `${inside}: the longer term wins there, but its target "${term.target}" does not contain "${owner.term.target}"`);
        }
      });
    }
  },
} satisfies LintRule;

/** Every run of whole words in `phrase` that is shorter than the phrase. */
function innerPhrases(phrase: string): string[] {
  const words = splitWords(phrase);
  const inner: string[] = [];
  words.forEach((from, i) => {
    words.slice(i).forEach((to, j) => {
      if (j + 1 < words.length) inner.push(phrase.slice(from.start, to.end));
    });
  });
  return inner;
}
