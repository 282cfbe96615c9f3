import { createCB } from 'xmlbuilder2';
import { countXmlIllegal, removedCharsNote, xmlSafe } from '../../core/xml-text.js';
import type { MemoryEntry, ReviewEntry } from './memory.js';

/** Lektor translates German into English; the memory's entries are all that pair. */
const SOURCE_LANG = 'de';
const TARGET_LANG = 'en';

/** TMX dates are ISO 8601 basic format in UTC: `20231005T120700Z`. */
function tmxDate(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The `x-lektor-*` props of a `<tu>`: a machine entry's key, or a review's model input and draft. */
function propsOf(entry: MemoryEntry | ReviewEntry): (readonly [string, string])[] {
  if ('model' in entry) {
    return [
      ['x-lektor-model', entry.model],
      ['x-lektor-dtype', entry.dtype],
      ['x-lektor-decoding', entry.decoding],
      ['x-lektor-origin', entry.origin],
      ['x-lektor-tool', entry.tool],
    ];
  }
  return [
    ['x-lektor-origin', 'review'],
    ...(entry.modelInput === null ? [] : [['x-lektor-model-input', entry.modelInput] as const]),
    ['x-lektor-draft', entry.draft],
    ['x-lektor-tool', entry.tool],
  ];
}

async function* concat<T>(...lists: AsyncIterable<T>[]): AsyncGenerator<T> {
  for (const list of lists) yield* list;
}

/**
 * The memory as TMX 1.4b (valid against the LISA 1.4 DTD): the reviewed sentences first, dated
 * when they were reviewed, then one `<tu>` per machine entry with its key and origin as
 * `x-lektor-*` props. Yields the file in pieces, an entry at a time, so a memory of any size
 * streams; the same entries give the same bytes (no export date in the header).
 */
export async function* exportTmx(reviews: AsyncIterable<ReviewEntry>, entries: AsyncIterable<MemoryEntry>, toolVersion: string): AsyncGenerator<string> {
  let buffered = '';
  const xml = createCB({ data: (chunk: string) => (buffered += chunk), prettyPrint: true });
  const flush = (): string => {
    const chunk = buffered;
    buffered = '';
    return chunk;
  };
  xml
    .dec({ version: '1.0', encoding: 'UTF-8' })
    .dtd({ name: 'tmx', sysID: 'tmx14.dtd' })
    .ele('tmx', { version: '1.4' })
    .ele('header', {
      creationtool: 'Lektor',
      creationtoolversion: toolVersion,
      segtype: 'sentence',
      'o-tmf': 'Lektor translation memory',
      adminlang: 'en',
      srclang: SOURCE_LANG,
      datatype: 'plaintext',
    })
    .up()
    .ele('body');
  for await (const entry of concat<MemoryEntry | ReviewEntry>(reviews, entries)) {
    const tu = xml.ele('tu', { creationdate: tmxDate(entry.createdAt), creationtool: 'Lektor' });
    const removed = countXmlIllegal(entry.source, entry.target);
    if (removed > 0) tu.ele('note').txt(removedCharsNote(removed)).up();
    for (const [type, value] of propsOf(entry)) tu.ele('prop', { type }).txt(xmlSafe(value)).up();
    tu.ele('tuv', { 'xml:lang': SOURCE_LANG }).ele('seg').txt(xmlSafe(entry.source)).up().up();
    tu.ele('tuv', { 'xml:lang': TARGET_LANG }).ele('seg').txt(xmlSafe(entry.target)).up().up();
    tu.up();
    yield flush();
  }
  xml.up().up().end();
  yield `${flush()}\n`;
}
