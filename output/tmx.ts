import { create } from 'xmlbuilder2';
import { targetScores, type InlineType } from '../pipeline/core/doc.js';
import { markPart } from '../pipeline/core/mark-part.js';
import { inlineTree, type InlineNode } from './inline-tree.js';
import { MixedContent, type XMLBuilder } from './mixed-content.js';
import type { Render } from './render.js';
import { countXmlIllegal, removedCharsNote, xmlSafe } from '../pipeline/core/xml-text.js';
import { segmentVersion } from '../pipeline/core/segment-version.js';

/** TMX dates are ISO 8601 basic format in UTC: `20231005T120700Z`. */
function tmxDate(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

// TMX 1.4's own `type` values for these kinds; every other kind is an `x-` extension.
const CODE_TYPES: Partial<Record<InlineType, string>> = { bold: 'bold', italic: 'italic', underline: 'ulined', link: 'link', image: 'image', break: 'lb' };

/**
 * Text and inline codes into a `<seg>`, each code holding the markup as written: a whole element
 * as `<bpt>`…`<ept>`, the piece of one a sentence boundary cut as `<it pos="begin|end">`, a
 * standalone element as `<ph>`. `x` is the mark's number (`m3` → 3), the same in both
 * languages, so a tool (and Lektor's import) can pair the German's codes with the English's.
 */
function addInline(seg: XMLBuilder, nodes: readonly InlineNode[]): void {
  for (const node of nodes) {
    if (node.kind === 'text') {
      seg.txt(xmlSafe(node.text));
      continue;
    }
    const { mark } = node;
    const x = mark.id.replace(/^m/, '');
    const type = CODE_TYPES[mark.type] ?? `x-${mark.type}`;
    if (node.kind === 'standalone') {
      seg.ele('ph', { x, type }).txt(xmlSafe(mark.open));
      continue;
    }
    const part = markPart(mark);
    if (part === 'whole') seg.ele('bpt', { i: x, x, type }).txt(xmlSafe(mark.open));
    if (part === 'head') seg.ele('it', { pos: 'begin', x, type }).txt(xmlSafe(mark.open));
    addInline(seg, node.children);
    if (part === 'whole') seg.ele('ept', { i: x }).txt(xmlSafe(mark.close));
    if (part === 'tail') seg.ele('it', { pos: 'end', x, type }).txt(xmlSafe(mark.close));
  }
}

/**
 * TMX 1.4b translation memory: one `<tu>` per segment, valid against the LISA 1.4 DTD, its props
 * naming the article, the sentence and its version (which an import compares). A segment without
 * a target keeps only its German `<tuv>`, so the memory never pairs a sentence with nothing.
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
  const mixed = new MixedContent();
  for (const paragraph of doc.paragraphs) {
    for (const segment of paragraph.segments) {
      const tu = body.ele('tu');
      const removed = countXmlIllegal(segment.source, segment.target ?? '');
      if (removed > 0) tu.ele('note').txt(removedCharsNote(removed));
      tu.ele('prop', { type: 'x-lektor-article' }).txt(xmlSafe(doc.meta.name));
      tu.ele('prop', { type: 'x-lektor-segment' }).txt(segment.id);
      if (segment.origin === 'review') tu.ele('prop', { type: 'x-lektor-origin' }).txt('review');
      tu.ele('prop', { type: 'x-lektor-version' }).txt(segmentVersion(segment));
      // The model's confidence in its own English (`Segment.confidence`); a person's English has none.
      const scores = targetScores(segment);
      if (scores) tu.ele('prop', { type: 'x-lektor-confidence' }).txt(String(scores.confidence));
      mixed.add(tu.ele('tuv', { 'xml:lang': sourceLang }).ele('seg'), inlineTree(segment, 'source'), addInline);
      if (segment.target !== undefined) mixed.add(tu.ele('tuv', { 'xml:lang': targetLang }).ele('seg'), inlineTree(segment, 'target'), addInline);
    }
  }
  return `${mixed.splice(tmx.end({ prettyPrint: true }))}\n`;
};

export default render;
