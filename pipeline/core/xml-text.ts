/**
 * Characters XML 1.0 cannot carry at all, not even as references: C0 controls other than tab,
 * LF and CR, lone surrogates, and U+FFFE/U+FFFF.
 */
// With the `u` flag a surrogate pair is one code point, so the surrogate range matches only lone halves.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/**
 * Text ready to hand to xmlbuilder2 as element text or attribute value: XML-illegal characters
 * removed, and every `&` pre-escaped. xmlbuilder2 leaves anything shaped like an entity
 * reference (`&amp;`, `&nbsp;`, `&#123;`) unescaped, so article text containing one would come
 * back changed or make the file invalid; once every `&` reads `&amp;` it passes through intact.
 */
export function xmlSafe(text: string): string {
  return text.replace(XML_ILLEGAL, '').replace(/&/g, '&amp;');
}

/** How many XML-illegal characters `xmlSafe` removes from the texts. */
export function countXmlIllegal(...texts: readonly string[]): number {
  return texts.reduce((n, text) => n + (text.match(XML_ILLEGAL)?.length ?? 0), 0);
}

/** The note an XML writer attaches where it had to remove characters, so the loss is visible. */
export function removedCharsNote(count: number): string {
  return `Lektor removed ${count} XML-illegal control character${count === 1 ? '' : 's'} from this segment.`;
}
