import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';

/**
 * What a DOM-based CAT tool does to a file: parses it, lets `change` edit the document, serializes
 * it again and re-indents it with tabs.
 */
export function retooled(xml: string, change: (doc: Document) => void): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  change(doc);
  return new XMLSerializer().serializeToString(doc).replace(/\n( {2})+/g, (indent) => `\n${'\t'.repeat((indent.length - 1) / 2)}`);
}

/** The element named `name` (in `namespace`) whose `id` is `id`. */
export function elementById(doc: Document, namespace: string, name: string, id: string): Element {
  const found = Array.from(doc.getElementsByTagNameNS(namespace, name)).find((e) => e.getAttribute('id') === id);
  if (!found) throw new Error(`elementById: no <${name} id="${id}">`);
  return found;
}
