/** The loaded glossary: what `parseGlossary` returns once the file passed every check. */

export const TERM_STATUSES = ['approved', 'proposed', 'forbidden'] as const;
/**
 * `approved`: matched, enforced, verified and repaired. `proposed`: under review, so checked for
 * conflicts with other entries but not applied to translations. `forbidden`: the entry names a
 * rendering that must not be used; its target joins the `forbidden` list of the entry with the
 * same source.
 */
export type TermStatus = (typeof TERM_STATUSES)[number];

export const CASE_RULES = ['sensitive', 'insensitive'] as const;
export type CaseRule = (typeof CASE_RULES)[number];

export interface GlossaryTerm {
  /** Stable id: given in the file, or generated from the first source variant. */
  readonly id: string;
  /** German spellings, the first one is the headword (`[De-Risking, Derisking]`). */
  readonly source: readonly string[];
  /** Extra German forms the stemmer does not reach (`Logistikzentren`). */
  readonly forms: readonly string[];
  /** The English the translation must contain (for `dnt` terms, the first source variant). */
  readonly target: string;
  readonly dnt: boolean;
  readonly case: CaseRule;
  readonly status: TermStatus;
  /** English renderings that must not appear (`Liege`, `Luttich`). */
  readonly forbidden: readonly string[];
  readonly note?: string;
  /** 1-based line of the entry in the file, for messages. */
  readonly line: number;
  /** The glossary file the entry came from, as given; in a stack, which of its files. */
  readonly file: string;
}

export interface Glossary {
  /** `name` from the file, or the file name without extension. */
  readonly name: string;
  /** The file; in a stack, the last one (where new entries go). */
  readonly path: string;
  /** Every file in precedence order, later ones winning; one for a single file. */
  readonly files: readonly string[];
  readonly description?: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  /** Every entry in file order, `forbidden`-status entries included. */
  readonly terms: readonly GlossaryTerm[];
}
