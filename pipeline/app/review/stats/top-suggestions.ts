import type { DisputedEntry } from '../../../../glossary/tools/suggest/find-disputed.js';
import type { Proposal } from '../../../../glossary/tools/suggest/find-proposals.js';
import type { ReviewedSentence } from '../../../../glossary/tools/suggest/reviewed-sentence.js';
import { suggestTerms } from '../../../../glossary/tools/suggest/suggest-terms.js';
import type { Glossary } from '../../../../glossary/types.js';

/** How many proposals and disputed entries `review stats` names: enough to act on, short beside the table. */
export const TOP_SUGGESTIONS = 5;

/** The strongest of what `lektor glossary suggest` finds in the reviews, and how much it finds in all. */
export interface TopSuggestions {
  /** New entries reviewers' English points to, at most `top`, ranked as `glossary suggest` ranks them. */
  readonly proposals: readonly Proposal[];
  /** Entries reviewers keep overriding, at most `top`, most overridden first. */
  readonly disputed: readonly DisputedEntry[];
  /** How many of each `glossary suggest` lists: more than named here sends the editor there. */
  readonly found: { readonly proposals: number; readonly disputed: number };
}

/**
 * `glossary suggest` over the reviewed sentences, with its default evidence, cut to the top. What
 * any of `glossaries` (each a stack, as `loadGlossary` gives it) has is not proposed: articles
 * translated with different glossaries know the terms of all of them. A disputed entry is named
 * with its file and line in the last of them that has its id.
 */
export function topSuggestions(sentences: readonly ReviewedSentence[], glossaries: readonly Glossary[], top = TOP_SUGGESTIONS): TopSuggestions {
  const [first] = glossaries;
  const all = suggestTerms(sentences, first === undefined ? {} : { glossary: { ...first, terms: glossaries.flatMap((g) => g.terms) } });
  return {
    proposals: all.proposals.slice(0, top),
    disputed: all.disputed.slice(0, top),
    found: { proposals: all.proposals.length, disputed: all.disputed.length },
  };
}
