import { segmentsOf, type LektorDoc } from '../../../pipeline/core/doc.js';
import type { Glossary } from '../../types.js';

/** What became of one term occurrence in a finished translation. */
export interface TermResult {
  readonly termId: string;
  /** The required English is in the target and no forbidden rendering is left. */
  readonly honoured: boolean;
  /** Lektor changed the target to get there. */
  readonly repaired: boolean;
}

/** How often a term occurs in one article. */
export interface ArticleUse {
  readonly article: string;
  readonly count: number;
}

/** Of the occurrences translated so far, how many have the required English. */
export interface Adherence {
  readonly honoured: number;
  readonly total: number;
  /** Honoured only because Lektor repaired the target. */
  readonly repaired: number;
}

export interface TermCoverage {
  readonly id: string;
  /** The headword. */
  readonly source: string;
  readonly target: string;
  readonly occurrences: number;
  /** The articles it occurs in, in input order. */
  readonly articles: readonly ArticleUse[];
  /** From the translation results; absent when no translated article has the term. */
  readonly adherence?: Adherence;
  /** In a stack of glossaries: the file the entry came from, as given, and its line there. */
  readonly from?: { readonly file: string; readonly line: number };
}

export interface CoverageReport {
  /** The glossary file; a stack's files, in precedence order, separated by commas. */
  readonly glossary: string;
  readonly articles: readonly string[];
  /** Articles whose translation results were found. */
  readonly translated: readonly string[];
  /** Every approved term, in glossary order. */
  readonly terms: readonly TermCoverage[];
  /** Entries translation does not apply (proposed, forbidden), so not counted. */
  readonly notApplied: number;
}

/**
 * Coverage of a glossary in articles whose segments carry the term hits of `match-terms` (the
 * translation's own matcher), with adherence from the translation results where there are any.
 */
export function measureCoverage(glossary: Glossary, docs: readonly LektorDoc[], results: ReadonlyMap<string, readonly TermResult[]>): CoverageReport {
  const uses = new Map<string, ArticleUse[]>();
  for (const doc of docs) {
    const counts = new Map<string, number>();
    for (const hit of segmentsOf(doc).flatMap((s) => s.terms ?? [])) counts.set(hit.termId, (counts.get(hit.termId) ?? 0) + 1);
    for (const [termId, count] of counts) uses.set(termId, [...(uses.get(termId) ?? []), { article: doc.meta.name, count }]);
  }
  const translated = [...results.values()].flat();
  const applied = glossary.terms.filter((t) => t.status === 'approved');
  // Which file a term came from is worth saying only when there are several.
  const stacked = glossary.files.length > 1;
  return {
    glossary: glossary.files.join(', '),
    articles: docs.map((d) => d.meta.name),
    translated: [...results.keys()],
    terms: applied.map((term): TermCoverage => {
      const articles = uses.get(term.id) ?? [];
      const outcomes = translated.filter((r) => r.termId === term.id);
      const adherence = outcomes.length === 0 ? {} : { adherence: { honoured: outcomes.filter((r) => r.honoured).length, total: outcomes.length, repaired: outcomes.filter((r) => r.honoured && r.repaired).length } };
      const from = stacked ? { from: { file: term.file, line: term.line } } : {};
      return { id: term.id, source: term.source[0]!, target: term.target, occurrences: articles.reduce((n, a) => n + a.count, 0), articles, ...adherence, ...from };
    }),
    notApplied: glossary.terms.length - applied.length,
  };
}
