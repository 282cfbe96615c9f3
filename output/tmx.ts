import { create } from 'xmlbuilder2';
import type { Render } from './render.js';
import { countXmlIllegal, removedCharsNote, xmlSafe } from './xml-text.js';

/** TMX dates are ISO 8601 basic format in UTC: `20231005T120700Z`. */
function tmxDate(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * TMX 1.4b translation memory: one `<tu>` per segment, valid against the LISA 1.4 DTD. A segment
 * without a target keeps only its German `<tuv>`, so the memory never pairs a sentence with nothing.
 */
const render: Render = (doc, { now, toolVersion }) => {
  const { sourceLang, targetLang } = doc.meta;
  const tmx = create({ version: '1.0', encoding: 'UTF-8' }).dtd({ name: 'tmx', sysID: 'tmx14.dtd' }).ele('tmx', { version: '1.4' });
  tmx.ele('header', {
    creationtool: 'Lektor',
    creationtoolversion: toolVersion,
    segtype: 'sentence',
    'o-tmf': 'Lektor',
    adminlang: 'en',
    srclang: sourceLang,
    datatype: 'plaintext',
    creationdate: tmxDate(now),
  });
  const body = tmx.ele('body');
  for (const paragraph of doc.paragraphs) {
    for (const segment of paragraph.segments) {
      const tu = body.ele('tu');
      const removed = countXmlIllegal(segment.source, segment.target ?? '');
      if (removed > 0) tu.ele('note').txt(removedCharsNote(removed));
      tu.ele('prop', { type: 'x-lektor-article' }).txt(xmlSafe(doc.meta.name));
      tu.ele('prop', { type: 'x-lektor-segment' }).txt(segment.id);
      if (segment.origin === 'review') tu.ele('prop', { type: 'x-lektor-origin' }).txt('review');
      tu.ele('tuv', { 'xml:lang': sourceLang }).ele('seg').txt(xmlSafe(segment.source));
      if (segment.target !== undefined) tu.ele('tuv', { 'xml:lang': targetLang }).ele('seg').txt(xmlSafe(segment.target));
    }
  }
  return `${tmx.end({ prettyPrint: true })}\n`;
};

export default render;
