import { create } from 'xmlbuilder2';
import { segmentsOf, targetScores, type InlineMark, type InlineType, type LektorDoc, type Segment } from '../pipeline/core/doc.js';
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

const XLIFF_2 = 'urn:oasis:names:tc:xliff:document:2.0';
const GLOSSARY_MODULE = 'urn:oasis:names:tc:xliff:glossary:2.0';
const METADATA_MODULE = 'urn:oasis:names:tc:xliff:metadata:2.0';
const MATCHES_MODULE = 'urn:oasis:names:tc:xliff:matches:2.0';
/** Where a unit keeps the sentence's version (`segmentVersion`): the metadata module's group of this category, the `<meta>` of this type. */
export const VERSION_META = { category: 'lektor', type: 'version' } as const;

/** The metadata module, which tools keep with a unit: the sentence's version, which an import compares. */
function addVersion(unit: XMLBuilder, segment: Segment): void {
  const group = unit.ele(METADATA_MODULE, 'mda:metadata').ele(METADATA_MODULE, 'mda:metaGroup', { category: VERSION_META.category });
  group.ele(METADATA_MODULE, 'mda:meta', { type: VERSION_META.type }).txt(segmentVersion(segment));
}

/** The segment's id, for the matches that point at it. */
const segmentId = (segment: Segment): string => `${segment.id}-segment`;

/**
 * The Translation Candidates module: the memory's fuzzy matches, best first, each with its
 * similarity and the earlier German and English; `origin` says whose English it is.
 */
function addMatches(unit: XMLBuilder, segment: Segment): void {
  const matches = segment.matches ?? [];
  if (matches.length === 0) return;
  const list = unit.ele(MATCHES_MODULE, 'mtc:matches');
  for (const m of matches) {
    const match = list.ele(MATCHES_MODULE, 'mtc:match', { ref: `#${segmentId(segment)}`, similarity: String(m.similarity), type: 'tm', origin: `lektor-memory-${m.origin}` });
    match.ele(XLIFF_2, 'source').txt(xmlSafe(m.source));
    match.ele(XLIFF_2, 'target').txt(xmlSafe(m.target));
  }
}

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

// XLIFF 2's code types, with its own `xlf:` subtypes where it has one and Lektor's otherwise.
const CODE_TYPES: Readonly<Record<InlineType, { type: string; subType: string }>> = {
  bold: { type: 'fmt', subType: 'xlf:b' },
  italic: { type: 'fmt', subType: 'xlf:i' },
  underline: { type: 'fmt', subType: 'xlf:u' },
  break: { type: 'fmt', subType: 'xlf:lb' },
  strike: { type: 'fmt', subType: 'lektor:strike' },
  sub: { type: 'fmt', subType: 'lektor:sub' },
  sup: { type: 'fmt', subType: 'lektor:sup' },
  code: { type: 'fmt', subType: 'lektor:code' },
  link: { type: 'link', subType: 'lektor:link' },
  image: { type: 'image', subType: 'lektor:image' },
  abbr: { type: 'other', subType: 'lektor:abbr' },
  protected: { type: 'other', subType: 'lektor:protected' },
  other: { type: 'other', subType: 'lektor:other' },
};

const dataId = (mark: InlineMark, side: 'open' | 'close'): string => `${mark.id}-${side}`;

/** The markup as written of every code the unit's source has, which its `<pc>`, `<ph>`, `<sc>` and `<ec>` refer to. */
function addOriginalData(unit: XMLBuilder, segment: Segment): void {
  const data: [string, string][] = [];
  for (const mark of segment.marks ?? []) {
    if (mark.open !== '') data.push([dataId(mark, 'open'), mark.open]);
    if (mark.close !== '') data.push([dataId(mark, 'close'), mark.close]);
  }
  if (data.length === 0) return;
  const original = unit.ele('originalData');
  for (const [id, markup] of data) original.ele('data', { id }).txt(xmlSafe(markup));
}

/**
 * Text and inline codes into `parent`: a whole element as `<pc>`, the piece of one a sentence
 * boundary cut as an isolated `<sc/>` or `<ec/>`, a standalone element as `<ph/>` whose `equiv`
 * and `disp` are the text it shows; each refers to its markup in `<originalData>`.
 */
function addInline(parent: XMLBuilder, nodes: readonly InlineNode[]): void {
  for (const node of nodes) {
    if (node.kind === 'text') {
      parent.txt(xmlSafe(node.text));
      continue;
    }
    const { mark } = node;
    const codeType = CODE_TYPES[mark.type];
    if (node.kind === 'standalone') {
      const shown = node.text === '' ? {} : { equiv: xmlSafe(node.text), disp: xmlSafe(node.text) };
      parent.ele('ph', { id: mark.id, dataRef: dataId(mark, 'open'), ...codeType, ...shown });
      continue;
    }
    const part = markPart(mark);
    if (part === 'whole') {
      addInline(parent.ele('pc', { id: mark.id, dataRefStart: dataId(mark, 'open'), dataRefEnd: dataId(mark, 'close'), ...codeType }), node.children);
      continue;
    }
    if (part === 'head') parent.ele('sc', { id: mark.id, dataRef: dataId(mark, 'open'), isolated: 'yes', ...codeType });
    addInline(parent, node.children);
    if (part === 'tail') parent.ele('ec', { id: mark.id, dataRef: dataId(mark, 'close'), isolated: 'yes', ...codeType });
  }
}

function addNotes(parent: XMLBuilder, notes: readonly { readonly category: string; readonly priority: number; readonly text: string }[]): void {
  if (notes.length === 0) return;
  const element = parent.ele('notes');
  for (const note of notes) element.ele('note', { category: note.category, priority: String(note.priority) }).txt(note.text);
}

/**
 * A machine target the model scored: its content inside an annotation that carries the model's
 * confidence, as XLIFF 2.1's ITS module writes MT Confidence (`its:mtConfidence` on an `<mrk>`;
 * its `its:annotatorsRef` is the `<file>`'s). A person's English has none.
 */
function addTarget(mixed: MixedContent, seg: XMLBuilder, segment: Segment): void {
  const scores = targetScores(segment);
  const tree = inlineTree(segment, 'target');
  if (!scores) return mixed.add(seg.ele('target'), tree, addInline);
  // Serialized apart (`MixedContent`), under the root's declaration of the `its` prefix.
  const annotated = (into: XMLBuilder, nodes: readonly InlineNode[]) => addInline(into.ele('mrk', { id: 'mt', type: 'its:any', 'its:mtConfidence': String(scores.confidence) }), nodes);
  mixed.add(seg.ele('target'), tree, annotated, true);
}

function segmentState(segment: Segment): 'initial' | 'translated' | 'reviewed' {
  if (segment.target === undefined) return 'initial';
  if (segment.origin === 'review') return 'reviewed';
  return needsReview(segment) ? 'initial' : 'translated';
}

/**
 * XLIFF 2.1: a `<group>` per paragraph, a `<unit>` per segment with its glossary terms (glossary
 * module), its version (metadata module) and notes for QA flags; `state="initial"` marks targets
 * that need review, `reviewed` those a person has reviewed.
 */
const render: Render = (doc, options) => {
  const { meta } = doc;
  const xliff = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(XLIFF_2, 'xliff', { version: '2.1', srcLang: meta.sourceLang, trgLang: meta.targetLang })
    .att('http://www.w3.org/2000/xmlns/', 'xmlns:gls', GLOSSARY_MODULE)
    .att('http://www.w3.org/2000/xmlns/', 'xmlns:mda', METADATA_MODULE);
  if (segmentsOf(doc).some((s) => (s.matches?.length ?? 0) > 0)) xliff.att('http://www.w3.org/2000/xmlns/', 'xmlns:mtc', MATCHES_MODULE);
  const file = xliff.ele('file', { id: 'f1', original: xmlSafe(meta.path) });
  if (hasConfidence(doc)) {
    xliff.att('http://www.w3.org/2000/xmlns/', 'xmlns:its', ITS);
    file.att(ITS, 'its:annotatorsRef', mtConfidenceAnnotator(meta));
  }
  const created = `Created by Lektor ${options.toolVersion} on ${options.now.toISOString()}`;
  const mixed = new MixedContent();
  addNotes(file, [created, ...documentNotes(doc)].map((text) => ({ category: 'lektor', priority: 10, text })));
  for (const paragraph of doc.paragraphs) {
    const group = file.ele('group', { id: paragraph.id, type: `lektor:${paragraph.kind}` });
    for (const segment of paragraph.segments) {
      const unit = group.ele('unit', { id: segment.id, 'xml:space': 'preserve', ...(segment.translatable ? {} : { translate: 'no' }) });
      addMatches(unit, segment);
      addGlossary(unit, segment, doc);
      addVersion(unit, segment);
      addNotes(unit, segmentNotes(segment));
      addOriginalData(unit, segment);
      const seg = unit.ele('segment', { ...(segment.matches?.length ? { id: segmentId(segment) } : {}), state: segmentState(segment) });
      mixed.add(seg.ele('source'), inlineTree(segment, 'source'), addInline);
      if (segment.target !== undefined) addTarget(mixed, seg, segment);
    }
  }
  return `${mixed.splice(xliff.end({ prettyPrint: true }))}\n`;
};

export default render;
