import { charClass, OPENING_QUOTES, withoutOpeners } from './enclosing.js';

/**
 * Tests on the text after a possible sentence end (from its first non-space character on):
 * does it look like the start of a new sentence?
 */

const SENTENCE_START = /^(?:\p{Lu}|\p{N}|\p{Ll}{1,3}\p{Lu})/u;
const CAPITAL = /^\p{Lu}/u;
const QUOTED_CAPITAL = new RegExp(`^${charClass(OPENING_QUOTES)}+\\p{Lu}`, 'u');

/** A capital, a digit, or a brand in camel case (`iPhone`, `eBay`), possibly after quotes or brackets. */
export function startsLikeSentence(next: string): boolean {
  return SENTENCE_START.test(withoutOpeners(next));
}

/** A capital letter, possibly after quotes or brackets. */
export function startsWithCapital(next: string): boolean {
  return CAPITAL.test(withoutOpeners(next));
}

/** Opens a quotation that starts with a capital (`„Das`, `"De-Risking"`): in news, almost always a new sentence. */
export function startsWithQuotedCapital(next: string): boolean {
  return QUOTED_CAPITAL.test(next);
}
