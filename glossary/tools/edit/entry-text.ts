import { Document, visit } from 'yaml';
import type { RawTerm } from '../../build-terms.js';

// The order the seed glossary and the README use.
const KEY_ORDER = ['id', 'source', 'target', 'dnt', 'forms', 'case', 'forbidden', 'status', 'note'] as const satisfies readonly (keyof RawTerm)[];

/**
 * One entry as a YAML sequence item (`- source: …`), in the house style: keys in the usual order,
 * lists in flow style (`[De-Risking, Derisking]`), no line folding, NFC.
 */
export function entryText(entry: RawTerm): string {
  return itemDocument(entry).toString({ lineWidth: 0, flowCollectionPadding: false }).normalize('NFC');
}

/** The entry as a flow mapping (`{ source: X, target: Y }`), for a glossary that writes its list in flow style. */
export function flowEntryText(entry: RawTerm): string {
  const doc = itemDocument(entry);
  visit(doc, {
    Map(_, map) {
      map.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).normalize('NFC').replace(/^- /, '').trimEnd();
}

function itemDocument(entry: RawTerm): Document {
  const ordered = Object.fromEntries(KEY_ORDER.filter((key) => entry[key] !== undefined).map((key) => [key, entry[key]]));
  const doc = new Document([ordered]);
  visit(doc, {
    Seq(_, seq) {
      if (seq !== doc.contents) seq.flow = true;
    },
  });
  return doc;
}

/** A scalar value to write after `key: ` on one line. */
export function scalarText(value: string | boolean): string {
  if (typeof value === 'string' && /[\r\n]/.test(value)) return JSON.stringify(value.normalize('NFC'));
  const doc = new Document(typeof value === 'string' ? value.normalize('NFC') : value);
  return doc.toString({ lineWidth: 0 }).trimEnd();
}
