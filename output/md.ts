import type { InlineType, LektorDoc, Paragraph, Segment } from '../pipeline/core/doc.js';
import { inlineTree, type InlineNode } from './inline-tree.js';
import { glossaryLabel, modelLabel } from './meta-labels.js';
import type { Render } from './render.js';
import { reviewCounts, termStatus, type TermStatus } from './review-status.js';
import { flagText, termText } from './review-text.js';
import { sourceTermSpans, spansWithin, splitAtSpans, targetTermSpans, type TermSpan, type TextPiece } from './term-spans.js';
import { humanTimestamp } from './timestamp.js';

const TERM_MARK: Readonly<Record<TermStatus, string>> = { ok: '', repaired: '✎', missing: '✗', forbidden: '⛔' };
const SEVERITY_MARK = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

/**
 * Article text as inert table-cell Markdown: punctuation that would start emphasis, links, HTML
 * or a new cell is backslash-escaped, and line breaks (which would end the row) become spaces.
 */
function escapeCell(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]|&(?=#?\w+;)/g, '\\$&')
    .replace(/\s*\n\s*/g, ' ');
}

function marked(pieces: readonly TextPiece[], withStatus: boolean): string {
  return pieces
    .map(({ text, hit }) => {
      if (!hit || text.trim() === '') return escapeCell(text);
      return `*${escapeCell(text)}*${withStatus ? TERM_MARK[termStatus(hit)] : ''}`;
    })
    .join('');
}

// An article's inline markup as the table's own Markdown formatting; a link gets no address, so nothing in the table leads anywhere.
const FORMATTING: Partial<Record<InlineType, readonly [string, string]>> = { bold: ['**', '**'], italic: ['_', '_'], strike: ['~~', '~~'], link: ['[', ']()'] };
const STANDALONE_SIGN: Partial<Record<InlineType, string>> = { image: '▣', break: '↵' };

/** A code span holding `text`, fenced by more backticks than it contains in a row. */
function codeSpan(text: string): string {
  const fence = '`'.repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  // A space inside the fence keeps a backtick at the code's edge from joining it; CommonMark strips it.
  const pad = /^`|`$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** One side of a sentence: its text with terms marked, inside its inline markup's formatting (a heading's row is bold already). */
function formatted(nodes: readonly InlineNode[], spans: readonly TermSpan[], withStatus: boolean, heading: boolean): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return marked(splitAtSpans(node.text, spansWithin(spans, node.start, node.start + node.text.length)), withStatus);
      if (node.kind === 'standalone') return node.mark.type === 'code' && node.text !== '' ? codeSpan(node.text) : escapeCell(node.text) || (STANDALONE_SIGN[node.mark.type] ?? '');
      const inner = formatted(node.children, spans, withStatus, heading);
      const [before, after] = (heading && node.mark.type === 'bold' ? undefined : FORMATTING[node.mark.type]) ?? ['', ''];
      // Emphasis around nothing, or around spaces at its edges, would not render as emphasis.
      return inner.trim() === '' || inner !== inner.trim() ? inner : `${before}${inner}${after}`;
    })
    .join('');
}

function asHeading(text: string, paragraph: Paragraph): string {
  return paragraph.kind === 'heading' && text !== '' ? `**${text}**` : text;
}

function reviewCell(segment: Segment): string {
  const flags = (segment.flags ?? []).map((f) => `${SEVERITY_MARK[f.severity]} ${escapeCell(flagText(f))}`);
  const terms = (segment.terms ?? [])
    .filter((h) => termStatus(h) !== 'ok')
    .map((h) => `${TERM_MARK[termStatus(h)]} ${escapeCell(termText(h))}`);
  const reviewed = segment.origin === 'review' ? ['✔ reviewed'] : [];
  return [...reviewed, ...flags, ...terms].join('<br>');
}

function row(segment: Segment, paragraph: Paragraph, first: boolean): string {
  const heading = paragraph.kind === 'heading';
  const german = asHeading(formatted(inlineTree(segment, 'source'), sourceTermSpans(segment), true, heading), paragraph);
  const english = segment.target === undefined ? '_(not translated)_' : asHeading(formatted(inlineTree(segment, 'target'), targetTermSpans(segment), false, heading), paragraph);
  return `| ${first ? '¶ ' : ''}${segment.id} | ${german} | ${english} | ${reviewCell(segment)} |`;
}

function header(doc: LektorDoc, now: Date, toolVersion: string): string[] {
  const counts = reviewCounts(doc);
  const about = [
    `Model: ${escapeCell(modelLabel(doc.meta))}`,
    `Glossary: ${escapeCell(glossaryLabel(doc.meta))}`,
    humanTimestamp(now),
    `Lektor ${toolVersion}`,
  ];
  return [
    `# ${escapeCell(doc.meta.name)}`,
    '',
    `Source: ${escapeCell(doc.meta.path)}  `,
    `${about.join(' · ')}  `,
    `${counts.segments} segments · ${counts.flagged} flagged · ${counts.termsMissing} with missing terms · ${counts.termHits} term hits (${counts.termsRepaired} repaired)`,
    '',
    'Markers: *term* glossary term · ✎ repaired by Lektor · ✗ missing in target · ⛔ forbidden variant in target · ¶ new paragraph · ✔ reviewed by a person',
    '',
  ];
}

/** Side-by-side review table, one row per sentence in document order, with term and flag markers. */
const render: Render = (doc, { now, toolVersion }) => {
  const lines = [...header(doc, now, toolVersion), '| # | German | English | Review |', '|---|---|---|---|'];
  for (const p of doc.paragraphs) p.segments.forEach((s, i) => lines.push(row(s, p, i === 0)));
  return `${lines.join('\n')}\n`;
};

export default render;
