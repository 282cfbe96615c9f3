import { create } from 'xmlbuilder2';
import { targetScores, type DocMeta, type InlineType, type Segment } from '../pipeline/core/doc.js';
import { markPart } from '../pipeline/core/mark-part.js';
import { inlineTree, type InlineNode } from './inline-tree.js';
import { hasConfidence, ITS, mtConfidenceAnnotator } from './mt-confidence.js';
import { MixedContent, type XMLBuilder } from './mixed-content.js';
import type { Render } from './render.js';
import { needsReview } from './review-status.js';
import { documentNotes } from './document-notes.js';
import { segmentNotes } from './segment-notes.js';
import { xmlSafe } from '../pipeline/core/xml-text.js';
import { segmentVersion } from '../pipeline/core/segment-version.js';

const XLIFF_12 = 'urn:oasis:names:tc:xliff:document:1.2';

/**
 * The model's confidence in a machine target as ITS 2.0 writes it in XLIFF 1.2 (the W3C's XLIFF
 * 1.2 mapping of MT Confidence, which Okapi reads): `its:mtConfidence` on the `<target>`, with
 * `its:annotatorsRef` naming the model (`mtConfidenceAnnotator`). A person's English has none.
 */
function withConfidence(target: XMLBuilder, segment: Segment, meta: DocMeta): XMLBuilder {
  const scores = targetScores(segment);
  if (!scores) return target;
  return target.att(ITS, 'its:annotatorsRef', mtConfidenceAnnotator(meta)).att(ITS, 'its:mtConfidence', String(scores.confidence));
}
/** The `context-type` of the sentence's version (`segmentVersion`) in a context group of each unit. */
export const VERSION_CONTEXT = 'x-lektor-version';

// The `ctype` values XLIFF 1.2 defines for `<g>`/`<bx>` and for `<x>`; every other kind is an `x-` extension.
const DELIMITER_CTYPES: Partial<Record<InlineType, string>> = { bold: 'bold', italic: 'italic', underline: 'underlined', link: 'link' };
const PLACEHOLDER_CTYPES: Partial<Record<InlineType, string>> = { image: 'image', break: 'lb' };

/**
 * Text and inline codes into `parent`: a whole element as `<g>`, the piece of one a sentence
 * boundary cut as `<bx/>` or `<ex/>` (without `rid`, which the schema only lets point within one `<source>`), a standalone element as
 * `<x/>` whose `equiv-text` is the text it shows. The strict schema allows no attribute of another
 * namespace without its schema, so the markup as written stays in the article's record, which
 * plays the skeleton's part: the codes' ids (the marks' ids) tie them to it.
 */
function addInline(parent: XMLBuilder, nodes: readonly InlineNode[]): void {
  for (const node of nodes) {
    if (node.kind === 'text') {
      parent.txt(xmlSafe(node.text));
      continue;
    }
    const { id, type } = node.mark;
    if (node.kind === 'standalone') {
      parent.ele('x', { id, ctype: PLACEHOLDER_CTYPES[type] ?? `x-${type}`, ...(node.text === '' ? {} : { 'equiv-text': xmlSafe(node.text) }) });
      continue;
    }
    const ctype = DELIMITER_CTYPES[type] ?? `x-${type}`;
    const part = markPart(node.mark);
    if (part === 'whole') {
      addInline(parent.ele('g', { id, ctype }), node.children);
      continue;
    }
    if (part === 'head') parent.ele('bx', { id, ctype });
    addInline(parent, node.children);
    if (part === 'tail') parent.ele('ex', { id });
  }
}

/**
 * XLIFF 1.2 (strict schema), the version every CAT tool reads: a `<group>` per paragraph, a
 * `<trans-unit>` per segment, and QA flags and term results as notes; each unit carries the
 * sentence's version in a context group, which `lektor review import` checks.
 */
const render: Render = (doc, options) => {
  const { meta } = doc;
  const xliff = create({ version: '1.0', encoding: 'UTF-8' }).ele(XLIFF_12, 'xliff', { version: '1.2' });
  if (hasConfidence(doc)) xliff.att('http://www.w3.org/2000/xmlns/', 'xmlns:its', ITS);
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
  const mixed = new MixedContent();
  for (const paragraph of doc.paragraphs) {
    const group = body.ele('group', { id: paragraph.id, restype: `x-lektor-${paragraph.kind}` });
    for (const segment of paragraph.segments) {
      const unit = group.ele('trans-unit', { id: segment.id, 'xml:space': 'preserve', ...(segment.translatable ? {} : { translate: 'no' }) });
      mixed.add(unit.ele('source'), inlineTree(segment, 'source'), addInline);
      if (segment.target !== undefined) {
        // A person's English is final: CAT tools lock or skip it; QA notes still say what was found.
        const state = segment.origin === 'review' ? 'final' : needsReview(segment) ? 'needs-review-translation' : 'translated';
        mixed.add(withConfidence(unit.ele('target', { state }), segment, meta), inlineTree(segment, 'target'), addInline);
      }
      // Context is XLIFF 1.2's own place for what a tool keeps with a unit; an import compares it.
      unit.ele('context-group', { purpose: 'information' }).ele('context', { 'context-type': VERSION_CONTEXT }).txt(segmentVersion(segment));
      for (const note of segmentNotes(segment)) {
        unit.ele('note', { from: `lektor-${note.category}`, priority: String(note.priority) }).txt(note.text);
      }
      // The memory's fuzzy matches, as CAT tools show theirs: a proposal with its similarity in percent.
      for (const match of segment.matches ?? []) {
        const alt = unit.ele('alt-trans', { 'match-quality': String(match.similarity), origin: `lektor-memory-${match.origin}` });
        alt.ele('source').txt(xmlSafe(match.source));
        alt.ele('target').txt(xmlSafe(match.target));
      }
    }
  }
  return `${mixed.splice(xliff.end({ prettyPrint: true }))}\n`;
};

export default render;
