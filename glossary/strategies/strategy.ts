import type { Edit } from '../edit-text.js';
import type { CaseRule } from '../types.js';

/** A term occurrence a strategy must get into the translation. */
export interface EnforcedTerm {
  /** Offsets into the segment's source. */
  readonly start: number;
  readonly end: number;
  /** The English the glossary requires (for dnt terms, the German headword). */
  readonly expected: string;
  readonly case: CaseRule;
  /** Do-not-translate: the German is already the English. */
  readonly dnt: boolean;
}

/**
 * How terms are made to appear in a translation. `terms` are a segment's enforced occurrences in
 * source order; the same list reaches `prepare` before translation and `restore` after it.
 */
export interface EnforcementStrategy {
  /**
   * The model input for `source`, or undefined to send the source unchanged. `also` are edits to
   * apply with the strategy's own in one pass (inline markup's placeholders), and win over them
   * where both would rewrite the same text.
   */
  prepare(source: string, terms: readonly EnforcedTerm[], also?: readonly Edit[]): string | undefined;
  /** The model output with the strategy's marks undone, or undefined when they did not survive (the segment is then translated again with `inline`). */
  restore(target: string, terms: readonly EnforcedTerm[]): string | undefined;
  /** The flag's message when `restore` can fail: what went wrong, and that `inline` took over. */
  readonly fallback?: string;
}
