import { create } from 'xmlbuilder2';
import type { Render } from './render.js';
import { needsReview } from './review-status.js';
import { documentNotes } from './document-notes.js';
import { segmentNotes } from './segment-notes.js';
import { xmlSafe } from './xml-text.js';

const XLIFF_12 = 'urn:oasis:names:tc:xliff:document:1.2';

/**
 * XLIFF 1.2 (strict schema), the version every CAT tool reads: a `<group>` per paragraph, a
 * `<trans-unit>` per segment, and QA flags and term results as notes.
 */
const render: Render = (doc, options) => {
  const { meta } = doc;
  const xliff = create({ version: '1.0', encoding: 'UTF-8' }).ele(XLIFF_12, 'xliff', { version: '1.2' });
  const file = xliff.ele('file', {
    original: xmlSafe(meta.path),
    'source-language': meta.sourceLang,
    'target-language': meta.targetLang,
    datatype: 'plaintext',
    'tool-id': 'lektor',
    date: options.now.toISOString(),
  });
  const header = file.ele('header');
  header.ele('tool', { 'tool-id': 'lektor', 'tool-name': 'Lektor', 'tool-version': options.toolVersion });
  for (const text of documentNotes(doc)) header.ele('note', { from: 'lektor' }).txt(text);
  const body = file.ele('body');
  for (const paragraph of doc.paragraphs) {
    const group = body.ele('group', { id: paragraph.id, restype: `x-lektor-${paragraph.kind}` });
    for (const segment of paragraph.segments) {
      const unit = group.ele('trans-unit', { id: segment.id, 'xml:space': 'preserve', ...(segment.translatable ? {} : { translate: 'no' }) });
      unit.ele('source').txt(xmlSafe(segment.source));
      if (segment.target !== undefined) {
        // A person's English is final: CAT tools lock or skip it; QA notes still say what was found.
        const state = segment.origin === 'review' ? 'final' : needsReview(segment) ? 'needs-review-translation' : 'translated';
        unit.ele('target', { state }).txt(xmlSafe(segment.target));
      }
      for (const note of segmentNotes(segment)) {
        unit.ele('note', { from: `lektor-${note.category}`, priority: String(note.priority) }).txt(note.text);
      }
    }
  }
  return `${xliff.end({ prettyPrint: true })}\n`;
};

export default render;
