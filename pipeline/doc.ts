/**
 * The document: the one contract between Lektor's stages.
 *
 * Offsets (`start`/`end`) always point into `LektorDoc.text`, the article after the reader's
 * normalisation (BOM stripped, CRLF → LF, NFC). The reader records what it changed in
 * `meta.normalisation`, so a position can be explained against the file on disk.
 */

export const PARAGRAPH_KINDS = ['heading', 'dateline', 'paragraph'] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

export type Severity = 'error' | 'warning' | 'info';

/** A QA finding on one segment. */
export interface Flag {
  /** Check id (kebab-case), e.g. `numbers`. */
  readonly check: string;
  readonly severity: Severity;
  /** Says what was found and what was expected. */
  readonly message: string;
}

/** How a glossary term was made to appear in the target. */
export type TermStrategy = 'verify' | 'inline' | 'mask';

/** One occurrence of a glossary term in a segment's source, and what became of it. */
export interface TermHit {
  /** The glossary entry's id. */
  readonly termId: string;
  /** Offsets into the segment's `source`. */
  readonly start: number;
  readonly end: number;
  /** The matched German text (`source.slice(start, end)`). */
  readonly text: string;
  /** The English the glossary requires. */
  readonly expected: string;
  /** Whether `expected` (or an English inflection of it) is in the target. */
  readonly found: boolean;
  /** Whether Lektor changed the target to honour the term. */
  readonly repaired: boolean;
  /** Where `expected` was found in `target` (after any repair), for highlighting. */
  readonly targetStart?: number;
  readonly targetEnd?: number;
  /** Forbidden target variants that were present in the target. */
  readonly forbidden?: readonly string[];
  /** Do-not-translate term. */
  readonly dnt?: boolean;
  readonly note?: string;
  readonly strategy?: TermStrategy;
}

/** Where a segment's target came from; `review` is a person's (edited or approved as it was). */
export type TargetOrigin = 'model' | 'copy' | 'memory' | 'review';

export interface Segment {
  /** Position-derived id, `s0001`, unique in the document. */
  readonly id: string;
  /** Exactly `doc.text.slice(start, end)`. */
  readonly source: string;
  readonly start: number;
  readonly end: number;
  /** False for segments with no letters (a dash, a bullet, `12:07`): copied, never sent to the model. */
  readonly translatable: boolean;
  /** The text the model sees, when a stage rewrote it (term enforcement); otherwise the source. */
  readonly modelInput?: string;
  readonly target?: string;
  readonly origin?: TargetOrigin;
  /** Reviewed segments: the machine's target the reviewer started from (equal to `target` when approved unchanged). */
  readonly draft?: string;
  /** Reviewed segments: when the review was saved (ISO 8601). */
  readonly reviewedAt?: string;
  readonly terms?: readonly TermHit[];
  readonly flags?: readonly Flag[];
}

export interface Paragraph {
  /** Position-derived id, `p0001`. */
  readonly id: string;
  readonly kind: ParagraphKind;
  readonly start: number;
  readonly end: number;
  readonly segments: readonly Segment[];
}

/** What the reader changed in the bytes on disk to get `LektorDoc.text`. */
export interface Normalisation {
  readonly bomStripped: boolean;
  /** Number of CRLF or lone CR line endings turned into LF. */
  readonly lineEndingsNormalised: number;
  /** Whether NFC normalisation changed the text. */
  readonly nfcChanged: boolean;
}

export interface ModelInfo {
  readonly id: string;
  readonly dtype: string;
}

export interface GlossaryInfo {
  readonly name: string;
  readonly path: string;
  readonly terms: number;
}

export interface DocMeta {
  /** Article name: the file name without its extension(s), used for output names. */
  readonly name: string;
  /** Path the article was read from (`-` for stdin). */
  readonly path: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly normalisation: Normalisation;
  readonly model?: ModelInfo;
  readonly glossary?: GlossaryInfo;
}

export interface LektorDoc {
  readonly meta: DocMeta;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
}

/** Text as one line, runs of whitespace as one space: how sentences compare however they were wrapped. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** All segments in document order. */
export function segmentsOf(doc: LektorDoc): Segment[] {
  return doc.paragraphs.flatMap((p) => p.segments);
}

/** A new document with each segment replaced by `fn(segment)`; structure and order unchanged. */
export function mapSegments(doc: LektorDoc, fn: (segment: Segment, paragraph: Paragraph) => Segment): LektorDoc {
  return {
    ...doc,
    paragraphs: doc.paragraphs.map((p) => ({ ...p, segments: p.segments.map((s) => fn(s, p)) })),
  };
}

/** `s0001`, `p0001`: ids from position, so the same input always gets the same ids. */
export function positionId(prefix: 's' | 'p', index: number): string {
  return `${prefix}${String(index + 1).padStart(4, '0')}`;
}
