import { isDanglingWord } from './dangling-words.js';
import { startsLikeSentence } from './next-sentence.js';
import { isSpaceAt, type Span } from './span.js';

/**
 * Signs in the words around a line break that it was wrapped, whatever the line widths say: text
 * pasted from web pages, PDFs and re-wrapped e-mail has short lines in the middle of paragraphs.
 */

/** Longer than the longest dangling word (`zwischen`): the look-back per line stays short. */
const MAX_WORD_LENGTH = 10;
const LOWER_CASE = /\p{Ll}/u;

/**
 * Whether `line` ends in a word that leaves its phrase open (`… während der`, a lone `Andere`), so
 * the next line goes on with it.
 */
export function endsOpen(text: string, line: Span): boolean {
  let start = line.end;
  while (start > line.start && line.end - start <= MAX_WORD_LENGTH && !isSpaceAt(text, start - 1)) start--;
  const whole = start === line.start || isSpaceAt(text, start - 1);
  return whole && isDanglingWord(text.slice(start, line.end));
}

/**
 * Whether `next` goes on with `line` because it starts in lower case: German capitalises the first
 * word of a sentence, a headline and a paragraph (a brand in camel case, `iPhone`, still opens one).
 * After a colon a lower-case line may be the first of a list, so the widths decide there.
 */
export function continuesInLowerCase(text: string, line: Span, next: Span): boolean {
  if (text[line.end - 1] === ':' || !LOWER_CASE.test(text[next.start]!)) return false;
  return !startsLikeSentence(text.slice(next.start, Math.min(next.end, next.start + 8)));
}
