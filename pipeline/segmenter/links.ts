import { find } from 'linkifyjs';
import type { Span } from './span.js';

/** A scheme, `www.`, a path or an `@`: what makes a dotted word a link rather than a missing space. */
const LINK_SIGN = /@|:\/\/|www\.|\//i;
/**
 * What an e-mail address's local part may hold unquoted (RFC 5322 atext and dots, with RFC 6531's
 * letters). linkifyjs leaves out `!`, so in `Beispiel!Eins@example.com` it finds only `Eins@…`.
 */
const LOCAL_PART_CHAR = /[\p{L}\p{N}!#$%&'*+\-/=?^_`{|}~.]/u;

/**
 * The links in `word` (offsets into it) whose periods and question marks are not sentence ends:
 * e-mail addresses and URLs with a scheme, `www.` or a path. linkifyjs alone would also accept a
 * bare `word.Tld`, but in German news `gesagt.Im` (`.im` is a TLD) is a missing space, not a domain.
 */
export function linksIn(word: string): Span[] {
  if (!LINK_SIGN.test(word)) return [];
  return find(word)
    .filter((link) => LINK_SIGN.test(link.value))
    .map(({ type, start, end }) => ({ start: type === 'email' ? localPartStart(word, start) : start, end }));
}

function localPartStart(word: string, start: number): number {
  while (start > 0 && LOCAL_PART_CHAR.test(word[start - 1]!)) start--;
  return start;
}
