import { foldGerman } from '../german-key.js';
import { createTermMatcher, type TermMatcher } from '../match.js';
import type { Glossary, GlossaryTerm } from '../types.js';
import { splitWords } from '../words.js';
import type { DataPath } from '../yaml-locator.js';

/** A German variant of one entry that the matcher gives, whole, to an earlier entry. */
export interface SourceClaim {
  /** Index of the entry whose variant is claimed. */
  readonly index: number;
  /** Where the variant sits in that entry: `['source', 1]`, `['forms', 0]`. */
  readonly path: DataPath;
  readonly variant: string;
  /** Index of the entry the matcher prefers: equal matches go to the earlier entry. */
  readonly owner: number;
  /** The owner lists the same spelling; otherwise the variant is only a form of the owner's. */
  readonly sameSpelling: boolean;
}

/** The index of the entry the translation matcher gives all of a German text to, if any. */
export type Claimant = (text: string) => number | undefined;

/**
 * The glossary as the matcher would see it if every entry that claims a source were applied:
 * proposed entries too, since a proposal still owns its German. `status: forbidden` entries and
 * entries that could not be built (`undefined`) are left out.
 */
export function claimingGlossary(terms: readonly (GlossaryTerm | undefined)[]): Glossary {
  return glossaryOf([...claimingTerms(terms).keys()]);
}

/** Who claims a German text among `terms`, as the translation matcher decides it. */
export function createClaimant(terms: readonly (GlossaryTerm | undefined)[]): Claimant {
  const indexOf = claimingTerms(terms);
  const match = createTermMatcher(glossaryOf([...indexOf.keys()]));
  return (text) => {
    const term = wholeMatch(match, text);
    return term === undefined ? undefined : indexOf.get(term);
  };
}

/**
 * Every variant (source or form) that the matcher would give to another entry. This is the
 * translation matcher's own view, so what it reports is what a translation would do.
 */
export function sourceClaims(terms: readonly (GlossaryTerm | undefined)[], claimant: Claimant = createClaimant(terms)): SourceClaim[] {
  const claims: SourceClaim[] = [];
  terms.forEach((term, index) => {
    if (term === undefined || term.status === 'forbidden') return;
    const variants = [...term.source.map((variant, k) => ({ variant, path: ['source', k] })), ...term.forms.map((variant, k) => ({ variant, path: ['forms', k] }))];
    for (const { variant, path } of variants) {
      const owner = claimant(variant);
      if (owner === undefined || owner === index) continue;
      const sameSpelling = [...terms[owner]!.source, ...terms[owner]!.forms].some((v) => foldGerman(v) === foldGerman(variant));
      claims.push({ index, path, variant, owner, sameSpelling });
    }
  });
  return claims;
}

/** The claiming terms, in order, each with the index of the entry it stands for. */
function claimingTerms(terms: readonly (GlossaryTerm | undefined)[]): Map<GlossaryTerm, number> {
  const claiming = new Map<GlossaryTerm, number>();
  terms.forEach((term, index) => {
    if (term !== undefined && term.status !== 'forbidden') claiming.set({ ...term, status: 'approved' }, index);
  });
  return claiming;
}

function glossaryOf(terms: readonly GlossaryTerm[]): Glossary {
  return { name: 'claims', path: '', files: [], sourceLang: 'de', targetLang: 'en', terms };
}

/** The term the matcher finds covering all of `text`, if any. */
function wholeMatch(match: TermMatcher, text: string): GlossaryTerm | undefined {
  const words = splitWords(text);
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return undefined;
  return match(text).find((m) => m.start <= first.start && m.end >= last.end)?.term;
}
