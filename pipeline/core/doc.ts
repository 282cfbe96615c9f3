/**
 * The document: the one contract between Lektor's stages.
 *
 * Offsets (`start`/`end`) always point into `LektorDoc.text`, the article after the reader's
 * normalisation (BOM stripped, CRLF → LF, NFC). The reader records what it changed in
 * `meta.normalisation`, so a position can be explained against the file on disk. For a Markdown
 * or HTML article `text` is the text of its translatable blocks without markup, and `layout` maps
 * it back to the file (`Layout`, `TextRun`); inline markup rides on segments as `InlineMark`s.
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
export type TermStrategy = 'verify' | 'inline' | 'mask' | 'constrain';

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
  /** In a run with stacked glossaries, the file (as given) whose entry this is. */
  readonly glossary?: string;
}

/** A stretch of a text: offsets into it. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Where a segment's target came from; `review` is a person's (edited or approved as it was);
 * `memory-adapted` a person's for a sentence that differed only in numbers, with this one's put in.
 */
export type TargetOrigin = 'model' | 'copy' | 'memory' | 'memory-adapted' | 'review';

/** An earlier sentence of the translation memory whose German resembles a segment's. */
export interface MemoryMatch {
  /** Percent, as the memory counts it (docs/translating.md#fuzzy-matches). */
  readonly similarity: number;
  readonly source: string;
  readonly target: string;
  /** `review`: a person's translation; `model`: the model's. */
  readonly origin: 'model' | 'review';
  /** ISO 8601 time it was reviewed or stored. */
  readonly createdAt: string;
}

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
  /**
   * How sure the model was of its translation (the target, or once reviewed the `draft`): the
   * exponent of the mean log-probability of the tokens it wrote, `</s>` included (the geometric
   * mean of their probabilities), 0–1. Absent where nothing scored it: a copied segment, a memory
   * entry from before scores were kept, a review recalled from the memory, a translator that
   * cannot score.
   */
  readonly confidence?: number;
  /**
   * The words of that translation the model was unsure of (a word whose least likely token had a
   * probability below 0.5, as Bergamot marks them), as offsets into the target (once reviewed,
   * into the `draft`). Present wherever `confidence` is.
   */
  readonly lowConfidence?: readonly TextSpan[];
  readonly terms?: readonly TermHit[];
  /** The memory's fuzzy matches, best first; for `memory-adapted`, the first is the one adapted. */
  readonly matches?: readonly MemoryMatch[];
  readonly flags?: readonly Flag[];
  /** Inline markup inside the sentence (Markdown and HTML articles), in the order it opens in the source. */
  readonly marks?: readonly InlineMark[];
}

/**
 * What an inline element is, for the review formats to choose their codes (XLIFF `ctype`/`type`,
 * TMX `type`): `bold` (`**`, `<b>`, `<strong>`), `italic` (`*`, `<i>`, `<em>`), `strike` (`~~`, `<s>`,
 * `<del>`), `underline` (`<u>`, `<ins>`), `code` (code spans, `<code>`, `<kbd>`, `<samp>`), `link`
 * (`[..](..)`, `<a>`), `abbr`, `image`, `break` (`<br>`, a hard line break), `sub`, `sup`, `protected`
 * (`translate="no"`, `.notranslate`, inline `<script>`/`<svg>`…), `other` (any other inline element).
 */
export const INLINE_TYPES = ['bold', 'italic', 'strike', 'underline', 'code', 'link', 'abbr', 'image', 'break', 'sub', 'sup', 'protected', 'other'] as const;
export type InlineType = (typeof INLINE_TYPES)[number];

/**
 * One inline element inside a segment. The model never sees markup: it sees the segment's text
 * with placeholders where the markup was (`ZXQn`, the `mask` strategy's stand-ins), and the
 * markup goes back around the English of what it wrapped.
 *
 * A *paired* mark wraps text that is translated (`**wichtig**`, `<a href="…">hier</a>`): `open`
 * goes before `start`, `close` after `end`. A *standalone* mark (`paired: false`) is an element
 * whose content is never translated (a code span, `<br>`, an image, a `translate="no"` span): its
 * whole markup is `open` (`close` is `''`), and `start`..`end` is the text it shows in `source`
 * (the code span's code; empty for an image or `<br>`), copied into the target unchanged.
 *
 * An element that a sentence boundary cuts is split in one mark per segment: the first keeps
 * `open` with `close: ''`, the last keeps `close` with `open: ''`, those between have neither.
 */
export interface InlineMark {
  /** `m1`, `m2`… in the order the marks open in the source; unique within the segment. */
  readonly id: string;
  readonly type: InlineType;
  /** True when the mark wraps translated text; false for a standalone element. */
  readonly paired: boolean;
  /** Offsets into the segment's `source` of the text the mark wraps (paired) or shows (standalone). */
  readonly start: number;
  readonly end: number;
  /**
   * The opening markup as written in the file (`**`, `<a href="x">`); a standalone's whole element.
   * Where the text has a space on both sides of markup (`Wort <img> weiter`), the second space is
   * written with the markup and is part of it (`<img> `), so the text keeps one space.
   */
  readonly open: string;
  /** The closing markup as written (`**`, `</a>`, `</b> ` as above); `''` for a standalone mark. */
  readonly close: string;
  /** Where `open` and `close` begin in `doc.layout.source` (the writer copies them from there). */
  readonly sourceOpen: number;
  readonly sourceClose: number;
  /**
   * Offsets into the segment's `target` of the English the mark wraps (or the standalone text).
   * Absent before translation, and when the mark was lost (`lost`) and dropped.
   */
  readonly targetStart?: number;
  readonly targetEnd?: number;
  /**
   * The model lost or scrambled the mark's placeholders. The translation is kept; the markup is
   * dropped (no target offsets), or, for a piece of an element cut by a sentence boundary, put at
   * the target's edge so the document stays well formed. The `markup` check flags it.
   */
  readonly lost?: true;
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
  /** A stack's files in precedence order; absent for a single file. */
  readonly files?: readonly string[];
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

/** Markup formats Lektor reads and writes back in kind. */
export const MARKUP_FORMATS = ['md', 'html'] as const;
export type MarkupFormat = (typeof MARKUP_FORMATS)[number];

/** A stretch of `doc.text` whose characters stand for `source.slice(sourceStart, sourceEnd)`. */
export interface TextRun {
  /** Offsets into `doc.text`. */
  readonly start: number;
  readonly end: number;
  /** Offsets into `Layout.source`: the same text as written (entities, escapes, line prefixes). */
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

/**
 * One translatable unit of a Markdown or HTML file: a heading, paragraph, list item, table cell,
 * caption…, or an `alt`/`title` attribute value. Its text is one paragraph (or more) of
 * `doc.text`, separated from the next block's by a blank line.
 */
export interface LayoutBlock {
  /** Offsets into `doc.text` of the block's text (markup removed, whitespace runs as one space). */
  readonly start: number;
  readonly end: number;
  /** What the segmenter's paragraphs of this block are: `heading` for `#`, `<h1>`… and `<title>`. */
  readonly kind: ParagraphKind;
  /**
   * What the writer replaces with the translation: the block's content in `Layout.source`, from
   * its first to its last translatable character or markup. Blocks may nest in the file (an
   * `alt` value inside a paragraph's image) but never overlap partly.
   */
  readonly sourceStart: number;
  readonly sourceEnd: number;
  /**
   * Where the block's text is written: element content, or an attribute value in the given quote
   * (`''` for an unquoted value), which decides how the writer escapes the English.
   */
  readonly context: { readonly in: 'content' } | { readonly in: 'attribute'; readonly quote: '"' | "'" | '' };
  /** Alignment of every character of the block's text with the file, in order, without gaps in `doc.text`. */
  readonly runs: readonly TextRun[];
  /**
   * The block's inline markup, as `InlineMark`s whose `start`/`end` are offsets into `doc.text`;
   * the segment stage hands each segment its share, re-based on the segment's `source`.
   */
  readonly marks: readonly InlineMark[];
}

/**
 * The structure of a Markdown or HTML article, from which the writers rebuild it: the file as
 * read, and the blocks whose text was taken out of it. Everything outside the blocks (markup,
 * code, front matter, comments, `translate="no"` parts, what `--select` left out) is written back
 * byte for byte; inside a block only the text is replaced, the markup travels with the marks.
 */
export interface Layout {
  readonly format: MarkupFormat;
  /** The decoded file (without a byte-order mark), exactly as written: line endings and all. */
  readonly source: string;
  /**
   * The charset the file was decoded from (WHATWG label: `utf-8`, `windows-1252`…). Outputs are
   * UTF-8; an HTML article read in another charset is written with a byte-order mark, which
   * browsers honour above its `<meta charset>`.
   */
  readonly encoding: string;
  /** Translatable blocks in the order of their text in `doc.text`. */
  readonly blocks: readonly LayoutBlock[];
}

export interface LektorDoc {
  readonly meta: DocMeta;
  /** The text every offset refers to: the article, or a Markdown/HTML article's blocks without markup. */
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  /** Present for Markdown and HTML articles: what the writers need to rebuild the file. */
  readonly layout?: Layout;
}

/** Text as one line, runs of whitespace as one space: how sentences compare however they were wrapped. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What the model's scores say of a segment's target; nothing once a person reviewed it (reviewed, not scored). */
export function targetScores(segment: Segment): { readonly confidence: number; readonly lowConfidence: readonly TextSpan[] } | undefined {
  if (segment.origin === 'review' || segment.confidence === undefined) return undefined;
  return { confidence: segment.confidence, lowConfidence: segment.lowConfidence ?? [] };
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
