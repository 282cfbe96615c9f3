import type { Severity } from '../../../pipeline/core/doc.js';
import type { RawTerm } from '../../build-terms.js';
import type { GlossaryTerm } from '../../types.js';
import type { DataPath } from '../../yaml-locator.js';

/** One entry of the file that passed the schema. */
export interface LintEntry {
  /** Position in `terms`. */
  readonly index: number;
  /** 1-based line of the entry. */
  readonly line: number;
  /** The entry as written. */
  readonly raw: RawTerm;
  /** The entry as Lektor builds it, when it can be built on its own. */
  readonly term?: GlossaryTerm;
}

/** A built entry and its term. */
export type BuiltEntry = LintEntry & { readonly term: GlossaryTerm };

/**
 * How a claimed variant relates to its owner: the same spelling with the same English
 * (`duplicate`) or different English (`conflict`), or an inflected form of the owner's (`form`).
 */
export type ClaimKind = 'duplicate' | 'conflict' | 'form';

/** A German variant of `entry` that the matcher gives, whole, to the earlier entry `owner`. */
export interface ClaimedVariant {
  readonly kind: ClaimKind;
  readonly entry: BuiltEntry;
  readonly owner: BuiltEntry;
  readonly variant: string;
  /** Where the variant is in `entry`: `['source', 0]`, `['forms', 1]`. */
  readonly path: DataPath;
}

/** What a rule gets: the entries, what the matcher makes of them, and where to report. */
export interface LintContext {
  readonly entries: readonly LintEntry[];
  readonly claims: readonly ClaimedVariant[];
  /** The entry the translation matcher gives all of a German text to (proposed entries count). */
  claimantOf(text: string): BuiltEntry | undefined;
  /** Records a finding at `path` inside `entry` (the entry itself when the path is empty). */
  report(entry: LintEntry, path: DataPath, message: string): void;
}

/** A lint rule: one file in `rules/`, named by its id, with one default export. */
export interface LintRule {
  /** Kebab-case, equal to the file name. */
  readonly id: string;
  /** `error`: Lektor cannot use the glossary; `warning`: it can, but the entry will not do what it says. */
  readonly severity: Severity;
  /** What the rule looks for, in one line. */
  readonly description: string;
  /** Looks at the entries and reports; never throws for content. */
  check(ctx: LintContext): void;
}

/** A problem in a glossary file. */
export interface LintFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
}
