import type { Segment, Severity, TermHit } from '../pipeline/core/doc.js';
import { termStatus, type TermStatus } from './review-status.js';
import { flagText, glossarySource, termText } from './review-text.js';
import { countXmlIllegal, removedCharsNote, xmlSafe } from '../pipeline/core/xml-text.js';

/** A note a CAT format attaches to a unit; XLIFF 1.2 and 2.1 spell the same notes differently. */
export interface SegmentNote {
  /** Which part of Lektor speaks: the QA checks, the glossary, or the XML writer itself. */
  readonly category: 'qa' | 'glossary' | 'xml';
  /** XLIFF priority, 1 (most important) to 10. */
  readonly priority: number;
  /** XML-safe text. */
  readonly text: string;
}

const SEVERITY_PRIORITY: Readonly<Record<Severity, number>> = { error: 1, warning: 2, info: 5 };
const TERM_PRIORITY: Readonly<Record<TermStatus, number>> = { forbidden: 1, missing: 1, repaired: 3, ok: 8 };

function termNoteText(hit: TermHit): string {
  const from = hit.glossary === undefined ? '' : ` (${glossarySource(hit.glossary)})`;
  return hit.note ? `${termText(hit)}${from}. Note: ${hit.note}` : `${termText(hit)}${from}`;
}

/** The notes for one segment in a fixed order: QA flags, glossary terms, then character removal. */
export function segmentNotes(segment: Segment): SegmentNote[] {
  const removed = countXmlIllegal(segment.source, segment.target ?? '');
  return [
    ...(segment.flags ?? []).map((f) => ({ category: 'qa' as const, priority: SEVERITY_PRIORITY[f.severity], text: xmlSafe(flagText(f)) })),
    ...(segment.terms ?? []).map((h) => ({ category: 'glossary' as const, priority: TERM_PRIORITY[termStatus(h)], text: xmlSafe(termNoteText(h)) })),
    ...(removed > 0 ? [{ category: 'xml' as const, priority: 1, text: removedCharsNote(removed) }] : []),
  ];
}
