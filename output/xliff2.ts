import { create } from 'xmlbuilder2';
import type { LektorDoc, Segment } from '../pipeline/doc.js';
import type { Render } from './render.js';
import { needsReview } from './review-status.js';
import { documentNotes } from './document-notes.js';
import { segmentNotes } from './segment-notes.js';
import { xmlSafe } from './xml-text.js';

const XLIFF_2 = 'urn:oasis:names:tc:xliff:document:2.0';
const GLOSSARY_MODULE = 'urn:oasis:names:tc:xliff:glossary:2.0';

type XMLBuilder = ReturnType<typeof create>;

/** The glossary module: one entry per term occurrence in the unit, with the English Lektor required. */
function addGlossary(unit: XMLBuilder, segment: Segment, doc: LektorDoc): void {
  const hits = segment.terms ?? [];
  if (hits.length === 0) return;
  const source = xmlSafe(doc.meta.glossary?.name ?? 'glossary');
  const glossary = unit.ele(GLOSSARY_MODULE, 'gls:glossary');
  for (const hit of hits) {
    const entry = glossary.ele(GLOSSARY_MODULE, 'gls:glossEntry');
    entry.ele(GLOSSARY_MODULE, 'gls:term', { source }).txt(xmlSafe(hit.text));
    entry.ele(GLOSSARY_MODULE, 'gls:translation', { source }).txt(xmlSafe(hit.expected));
    if (hit.note) entry.ele(GLOSSARY_MODULE, 'gls:definition', { source }).txt(xmlSafe(hit.note));
  }
}

function addNotes(parent: XMLBuilder, notes: readonly { readonly category: string; readonly priority: number; readonly text: string }[]): void {
  if (notes.length === 0) return;
  const element = parent.ele('notes');
  for (const note of notes) element.ele('note', { category: note.category, priority: String(note.priority) }).txt(note.text);
}

function segmentState(segment: Segment): 'initial' | 'translated' | 'reviewed' {
  if (segment.target === undefined) return 'initial';
  if (segment.origin === 'review') return 'reviewed';
  return needsReview(segment) ? 'initial' : 'translated';
}

/**
 * XLIFF 2.1: a `<group>` per paragraph, a `<unit>` per segment with its glossary terms (glossary
 * module) and notes for QA flags; `state="initial"` marks targets that need review, `reviewed`
 * those a person has reviewed.
 */
const render: Render = (doc, options) => {
  const { meta } = doc;
  const xliff = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(XLIFF_2, 'xliff', { version: '2.1', srcLang: meta.sourceLang, trgLang: meta.targetLang })
    .att('http://www.w3.org/2000/xmlns/', 'xmlns:gls', GLOSSARY_MODULE);
  const file = xliff.ele('file', { id: 'f1', original: xmlSafe(meta.path) });
  const created = `Created by Lektor ${options.toolVersion} on ${options.now.toISOString()}`;
  addNotes(file, [created, ...documentNotes(doc)].map((text) => ({ category: 'lektor', priority: 10, text })));
  for (const paragraph of doc.paragraphs) {
    const group = file.ele('group', { id: paragraph.id, type: `lektor:${paragraph.kind}` });
    for (const segment of paragraph.segments) {
      const unit = group.ele('unit', { id: segment.id, 'xml:space': 'preserve', ...(segment.translatable ? {} : { translate: 'no' }) });
      addGlossary(unit, segment, doc);
      addNotes(unit, segmentNotes(segment));
      const hasTarget = segment.target !== undefined;
      const seg = unit.ele('segment', { state: segmentState(segment) });
      seg.ele('source').txt(xmlSafe(segment.source));
      if (hasTarget) seg.ele('target').txt(xmlSafe(segment.target ?? ''));
    }
  }
  return `${xliff.end({ prettyPrint: true })}\n`;
};

export default render;
