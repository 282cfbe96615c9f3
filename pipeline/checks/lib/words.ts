/** A word of a text and where it stands. */
export interface Word {
  readonly text: string;
  /** Lower-cased, for comparisons. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

// Letters and digits, joined across inner hyphens and apostrophes (`E-Commerce`, `Alibaba's`).
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of `text`, in order; punctuation and spaces are not words. */
export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    key: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}
