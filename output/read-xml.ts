import type { Element, Node } from '@xmldom/xmldom';
import { InputError } from '../pipeline/core/errors.js';
import type { InlineCode, InlinePiece } from './reviewed-file.js';

export function lineOf(node: Node): number {
  return node.lineNumber ?? 1;
}

/** The element children of `parent` named `name` (namespace ignored: tools add prefixes and namespaces). */
export function childElements(parent: Element, name: string): Element[] {
  return Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === n.ELEMENT_NODE && (n as Element).localName === name);
}

/** Every element below `parent` named `name`, in document order. */
export function descendantElements(parent: Element, name: string): Element[] {
  return Array.from(parent.getElementsByTagName('*')).filter((e) => e.localName === name);
}

/** The one `name` child `parent` must have, or an error naming the parent's line. */
export function requiredChild(parent: Element, name: string, file: string, what: string): Element {
  const [child] = childElements(parent, name);
  if (!child) throw new InputError({ file, line: lineOf(parent) }, `${what} has no <${name}>`);
  return child;
}

/** What an element of a `<source>`, `<target>` or `<seg>` is: codes, a wrapper whose content is text, or nothing of the text. */
export type InlineRole = { readonly open: InlineCode; readonly close: InlineCode } | InlineCode | 'content' | 'none';

function piecesOf(element: Element, roleOf: (child: Element) => InlineRole): InlinePiece[] {
  return Array.from(element.childNodes).flatMap((n): InlinePiece[] => {
    if (n.nodeType === n.TEXT_NODE || n.nodeType === n.CDATA_SECTION_NODE) return [n.nodeValue ?? ''];
    if (n.nodeType !== n.ELEMENT_NODE) return [];
    const role = roleOf(n as Element);
    if (role === 'none') return [];
    if (role === 'content') return piecesOf(n as Element, roleOf);
    return 'open' in role ? [role.open, ...piecesOf(n as Element, roleOf), role.close] : [role];
  });
}

/** The text and inline codes of `element` in order (text runs joined), each child element's role told by `roleOf`. */
export function inlinePieces(element: Element, roleOf: (child: Element) => InlineRole): InlinePiece[] {
  const joined: InlinePiece[] = [];
  for (const piece of piecesOf(element, roleOf)) {
    const last = joined.at(-1);
    if (typeof piece === 'string' && typeof last === 'string') joined[joined.length - 1] = last + piece;
    else if (piece !== '') joined.push(piece);
  }
  return joined;
}

// XLIFF 1.2 and TMX hold the original format's codes in these (`<ph>&lt;b&gt;</ph>`): markup, not text.
export const NATIVE_CODE: ReadonlySet<string> = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

/**
 * The text of a `<source>`, `<target>` or `<seg>`: what inline elements a CAT tool added
 * (`<mrk>`, `<g>`, `<pc>`, `<hi>`) contribute their text, native codes nothing.
 */
export function textOf(element: Element): string {
  return Array.from(element.childNodes)
    .map((n) => {
      if (n.nodeType === n.TEXT_NODE || n.nodeType === n.CDATA_SECTION_NODE) return n.nodeValue ?? '';
      if (n.nodeType === n.ELEMENT_NODE && !NATIVE_CODE.has((n as Element).localName ?? '')) return textOf(n as Element);
      return '';
    })
    .join('');
}
