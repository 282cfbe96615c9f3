import { createTermMatcher } from '../../match.js';
import type { Glossary } from '../../types.js';
import { claimingGlossary } from '../source-claims.js';
import { findDisputed, type DisputedEntry, type EntryLocator } from './find-disputed.js';
import { findProposals, type Proposal } from './find-proposals.js';
import { articlesOf, type ReviewedSentence } from './reviewed-sentence.js';

export interface SuggestOptions {
  /**
   * How many reviewed sentences a proposal, or the overrides of a disputed entry, need at least. A
   * change seen once is a reviewer's choice, not yet a pattern.
   * @default 2
   */
  readonly min?: number;
  /**
   * A glossary (a stack, as `loadGlossary` gives it) whose German, approved or proposed, is never
   * proposed again, and where disputed entries are found by id to name their file and line.
   */
  readonly glossary?: Glossary;
}

/** What the reviews say about the glossary. */
export interface Suggestions {
  /** What the evidence was drawn from. */
  readonly reviewed: { readonly sentences: number; readonly articles: number };
  readonly proposals: readonly Proposal[];
  readonly disputed: readonly DisputedEntry[];
}

/** Proposals for new entries and the entries reviewers dispute, from reviewed sentences alone: no model. */
export function suggestTerms(sentences: readonly ReviewedSentence[], options: SuggestOptions = {}): Suggestions {
  const min = options.min ?? 2;
  if (!Number.isInteger(min) || min < 2) throw new TypeError(`suggestTerms: min must be an integer >= 2 (a change seen once is never proposed), got ${min}`);
  const known = options.glossary ? createTermMatcher(claimingGlossary(options.glossary.terms)) : undefined;
  return {
    reviewed: { sentences: sentences.length, articles: articlesOf(sentences).length },
    proposals: findProposals(sentences, min, known),
    disputed: findDisputed(sentences, min, entryLocator(options.glossary)),
  };
}

function entryLocator(glossary: Glossary | undefined): EntryLocator {
  const byId = new Map(glossary?.terms.map((t) => [t.id, t]));
  return (termId) => {
    const term = byId.get(termId);
    return term && { file: term.file, line: term.line };
  };
}
