/** A half-open range `[start, end)` of offsets into the article text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const ASCII_SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]);
const UNICODE_SPACE = /\s/;

/** Whether the character is whitespace (`\s`), with a fast path for ASCII since this runs per character. */
export function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return ASCII_SPACE.has(code);
  return UNICODE_SPACE.test(text[i]!);
}

/** The first offset at or after `i` (and before `end`) that is not whitespace, or `end`. */
export function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpaceAt(text, i)) i++;
  return i;
}

/** The span without leading and trailing whitespace; empty (start === end) when it held only whitespace. */
export function trimSpan(text: string, start: number, end: number): Span {
  const from = skipSpace(text, start, end);
  let to = end;
  while (to > from && isSpaceAt(text, to - 1)) to--;
  return { start: from, end: to };
}
