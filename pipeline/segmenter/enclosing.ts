/**
 * Quotes and brackets around sentences and quotations, in German (`„…“`, `»…«`, `‚…‘`), Swiss
 * (`«…»`) and English (`"…"`, `“…”`) use. Some marks open in one convention and close in another
 * (`“`, `«`), so they are on both lists.
 */
export const OPENING_QUOTES = '„“”"»«‚‘’\'';
export const OPENING = `${OPENING_QUOTES}([`;
export const CLOSING = '“”"»«’\'‘)]';

/** A regular-expression character class matching any of `chars`. */
export function charClass(chars: string): string {
  return `[${chars.replace(/[\]\\^-]/g, '\\$&')}]`;
}

/** The text without the quotes and brackets that open it. */
export function withoutOpeners(text: string): string {
  let i = 0;
  while (i < text.length && OPENING.includes(text[i]!)) i++;
  return text.slice(i);
}

/** The text without the quotes and brackets that close it. */
export function withoutClosers(text: string): string {
  let i = text.length;
  while (i > 0 && CLOSING.includes(text[i - 1]!)) i--;
  return text.slice(0, i);
}
