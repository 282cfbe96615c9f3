import { targetScores, type InlineMark, type LektorDoc, type Paragraph, type Segment, type TermHit } from '../pipeline/core/doc.js';
import { segmentVersion } from '../pipeline/core/segment-version.js';
import type { Render } from './render.js';
import { needsReview, termStatus } from './review-status.js';
import { targetTermSpans, type TermSpan } from './term-spans.js';

// Every field is always present (null where there is no value) and always in this order, so
// consumers can rely on the shape and the same document gives the same bytes.

function termRecord(hit: TermHit, inTarget: TermSpan | undefined) {
  return {
    termId: hit.termId,
    start: hit.start,
    end: hit.end,
    text: hit.text,
    expected: hit.expected,
    status: termStatus(hit),
    found: hit.found,
    repaired: hit.repaired,
    forbidden: hit.forbidden ?? [],
    dnt: hit.dnt ?? false,
    note: hit.note ?? null,
    strategy: hit.strategy ?? null,
    targetStart: inTarget?.start ?? null,
    targetEnd: inTarget?.end ?? null,
    ...(hit.glossary === undefined ? {} : { glossary: hit.glossary }),
  };
}

/** An inline element of the sentence: offsets into `source` and (null when lost) into `target`, and its markup as written. */
function markRecord(mark: InlineMark) {
  return {
    id: mark.id,
    type: mark.type,
    paired: mark.paired,
    start: mark.start,
    end: mark.end,
    targetStart: mark.targetStart ?? null,
    targetEnd: mark.targetEnd ?? null,
    open: mark.open,
    close: mark.close,
    lost: mark.lost ?? false,
  };
}

function segmentRecord(article: string, paragraph: Paragraph, segment: Segment) {
  const spans = targetTermSpans(segment);
  const scores = targetScores(segment);
  return {
    article,
    paragraph: paragraph.id,
    kind: paragraph.kind,
    id: segment.id,
    start: segment.start,
    end: segment.end,
    translatable: segment.translatable,
    source: segment.source,
    modelInput: segment.modelInput ?? null,
    target: segment.target ?? null,
    origin: segment.origin ?? null,
    draft: segment.draft ?? null,
    reviewedAt: segment.reviewedAt ?? null,
    version: segmentVersion(segment),
    needsReview: needsReview(segment),
    // The model's, of its own English: null once a person reviewed it, or where nothing scored it.
    confidence: scores?.confidence ?? null,
    lowConfidence: (scores?.lowConfidence ?? []).map(({ start, end }) => ({ start, end })),
    terms: (segment.terms ?? []).map((hit) => termRecord(hit, spans.find((s) => s.hit === hit))),
    flags: (segment.flags ?? []).map((f) => ({ check: f.check, severity: f.severity, message: f.message })),
    marks: (segment.marks ?? []).map(markRecord),
    matches: (segment.matches ?? []).map((m) => ({ similarity: m.similarity, source: m.source, target: m.target, origin: m.origin, createdAt: m.createdAt })),
  };
}

/**
 * JSON allows U+2028/U+2029 raw in strings, but line readers such as Python's `splitlines()`
 * break on them; escaped, each record stays on its one line for every reader.
 */
function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** The records of a document's segments, in document order, for callers that send them on as JSON themselves. */
export function jsonlRecords(doc: LektorDoc): ReturnType<typeof segmentRecord>[] {
  return doc.paragraphs.flatMap((p) => p.segments.map((s) => segmentRecord(doc.meta.name, p, s)));
}

/** One JSON object per segment, in document order: Lektor's machine interface. */
const render: Render = (doc) => {
  const lines = jsonlRecords(doc).map(jsonLine);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};

export default render;
