import type { RawTerm } from '../../build-terms.js';

/** An entry read from an exchange file, with where it came from for messages. */
export interface ImportedTerm {
  readonly entry: RawTerm;
  /** 1-based line in the exchange file. */
  readonly line: number;
}

/** Something in the exchange file that Lektor could not keep. */
export interface ImportWarning {
  readonly line: number;
  readonly message: string;
}

/** What a reader found: the entries, and what it had to leave out. */
export interface ImportedTerms {
  readonly terms: readonly ImportedTerm[];
  readonly warnings: readonly ImportWarning[];
}

/** `[a]` → `a`: a single variant is written as a plain string, as editors write it. */
export function sourceField(variants: readonly string[]): string | readonly string[] {
  return variants.length === 1 ? variants[0]! : variants;
}
