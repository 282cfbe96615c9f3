import type { TermHit } from '../../../pipeline/core/doc.js';

/** One sentence a person reviewed: what the suggestions are learnt from. */
export interface ReviewedSentence {
  /** The article's name, and the sentence's id in it (`s0004`). */
  readonly article: string;
  readonly id: string;
  /** The German. */
  readonly source: string;
  /** The machine's English the reviewer started from. */
  readonly draft: string;
  /** The English the reviewer saved (equal to `draft` when approved unchanged). */
  readonly review: string;
  /** The glossary terms the run found in the German, with the English each required. */
  readonly terms: readonly TermHit[];
}

/** A sentence shown as evidence: where it is and what the reviewer made of the draft. */
export interface Example {
  readonly article: string;
  readonly id: string;
  readonly draft: string;
  readonly review: string;
}

/** How many examples each proposal or disputed entry shows. */
export const EXAMPLES = 3;

export function exampleOf(s: ReviewedSentence): Example {
  return { article: s.article, id: s.id, draft: s.draft, review: s.review };
}

/** The articles of some sentences, each once, in the order they first come. */
export function articlesOf(sentences: readonly ReviewedSentence[]): string[] {
  return [...new Set(sentences.map((s) => s.article))];
}

/** What reviewers wrote counts as the same English whatever its capitals (a sentence start) and Unicode form. */
export function englishKey(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

// Code-point order: the same bytes on every machine, whatever its locale.
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
