import { loadGlossary } from '../../../glossary/load.js';
import { createTermVerifier, type TermVerifier } from '../../../glossary/verify.js';
import { foldWhitespace, mapSegments, segmentsOf, type InlineMark, type LektorDoc, type Segment, type TermHit } from '../../core/doc.js';
import { ReviewError } from '../../core/errors.js';
import type { ReviewEntry, TranslationMemory } from '../../engine/memory/memory.js';
import qa from '../../stages/qa.js';
import { modelInputOf } from '../../stages/translate.js';
import { version as toolVersion } from '../../core/version.js';
import { openDelivery, type Delivery } from '../deliver/delivery.js';
import { readArticleRecord, type ArticleRecord } from './article-record.js';
import { reviewedText, type ReviewedText } from './reviewed-marks.js';
import { segmentVersion } from '../../core/segment-version.js';

/** A person's English for one sentence; an approval gives the sentence's English as it is. */
export interface ReviewEdit {
  /** Segment id, `s0001`. */
  readonly segment: string;
  readonly target: string;
  /** The `segmentVersion` the reviewer started from; absent: no check (an import names sources instead). */
  readonly version?: string;
  /** The German the reviewer saw (CAT files carry it); must still be the segment's. */
  readonly source?: string;
  /**
   * Where the reviewer put the sentence's inline markup in `target` (from a file's inline codes);
   * absent: unchanged English keeps its markup, changed English loses it, flagged (`reviewedText`).
   */
  readonly marks?: readonly InlineMark[];
}

export interface RevisionOptions {
  /** The review's time: stamped on the sentences and into the outputs. */
  readonly now: Date;
  /** Where reviews are kept for later runs; absent: only the article's files change. */
  readonly memory?: TranslationMemory;
  /**
   * The delivery the revised article joins, opened on `outDir` with `index: 'folder'`: a caller
   * revising many articles finishes it once, so the folder's `index.html` is rewritten once.
   * @default one of its own, finished at once
   */
  readonly delivery?: Delivery;
}

export interface Revision {
  readonly doc: LektorDoc;
  /** The revised segments, verified and checked. */
  readonly segments: readonly Segment[];
}


/** Why `edit` cannot be applied to `doc`, or nothing: imports count refusals, the review page shows them. */
export function refusal(doc: LektorDoc, edit: ReviewEdit): ReviewError | undefined {
  const segment = segmentsOf(doc).find((s) => s.id === edit.segment);
  if (!segment) return new ReviewError('review', `no sentence ${edit.segment} in article "${doc.meta.name}"`);
  if (!segment.translatable) return new ReviewError('review', `sentence ${edit.segment} of "${doc.meta.name}" has no words to translate`);
  if (edit.source !== undefined && foldWhitespace(edit.source) !== foldWhitespace(segment.source)) {
    return new ReviewError('review', `sentence ${edit.segment} of "${doc.meta.name}": its German is no longer the article's`);
  }
  if (foldWhitespace(edit.target) === '') return new ReviewError('review', `sentence ${edit.segment} of "${doc.meta.name}": the English is empty`);
  if (edit.version !== undefined && edit.version !== segmentVersion(segment)) {
    return new ReviewError('conflict', `sentence ${edit.segment} of "${doc.meta.name}" was saved by someone else since you opened it; reload to see their version`);
  }
  return undefined;
}

/** A term hit as matching left it, before any verification: a reviewed target is verified afresh. */
function unverified(hit: TermHit): TermHit {
  const { found: _f, repaired: _r, targetStart: _s, targetEnd: _e, forbidden: _x, ...bare } = hit;
  return { ...bare, found: false, repaired: false };
}

function reviewed(segment: Segment, { target, marks }: ReviewedText, now: Date, verify: TermVerifier | undefined, known: (hit: TermHit) => boolean): Segment {
  const { flags: _stale, ...rest } = segment;
  // Hits of terms the glossary no longer has stay as they were: there is nothing to check them against.
  const hits = (segment.terms ?? []).map((h) => (known(h) ? unverified(h) : h));
  const checkable = hits.filter(known);
  const checked = verify && checkable.length > 0 ? verify(target, checkable, { repair: false }).terms : [];
  const terms = hits.map((h) => checked[checkable.indexOf(h)] ?? h);
  return {
    ...rest,
    target,
    origin: 'review',
    // The machine's draft stays the one the first review started from.
    draft: segment.origin === 'review' ? (segment.draft ?? segment.target ?? '') : (segment.target ?? ''),
    reviewedAt: now.toISOString(),
    ...(terms.length > 0 ? { terms } : {}),
    ...(marks ? { marks } : {}),
  };
}

async function termVerifier(record: ArticleRecord): Promise<{ verify?: TermVerifier; known: (hit: TermHit) => boolean }> {
  if (!record.glossary) return { known: () => false };
  const glossary = await loadGlossary(record.glossary.path);
  const ids = new Set(glossary.terms.map((t) => t.id));
  return { verify: createTermVerifier(glossary), known: (hit) => ids.has(hit.termId) };
}

function memoryEntry(segment: Segment, now: Date): ReviewEntry {
  const input = modelInputOf(segment);
  return {
    source: segment.source,
    modelInput: input === foldWhitespace(segment.source) ? null : input,
    target: segment.target ?? '',
    draft: segment.draft ?? '',
    createdAt: now.toISOString(),
    tool: `lektor ${toolVersion}`,
  };
}

/**
 * Applies reviews to one translated article in `outDir`: each edited sentence becomes the
 * reviewer's (origin `review`, the machine's draft kept), its glossary terms are verified (never
 * repaired: a person's text is flagged, not changed) and the QA checks run again; then every
 * format the run wrote, the article's record and the batch index are rewritten atomically, and
 * the reviews go into the translation memory. Throws the first refusal before changing anything.
 */
export async function reviseArticle(outDir: string, name: string, edits: readonly ReviewEdit[], options: RevisionOptions): Promise<Revision> {
  const record = await readArticleRecord(outDir, name);
  for (const edit of edits) {
    const refused = refusal(record.doc, edit);
    if (refused) throw refused;
  }
  const byId = new Map(edits.map((e) => [e.segment, e]));
  const { verify, known } = await termVerifier(record);
  const edited = mapSegments(record.doc, (s) => {
    const edit = byId.get(s.id);
    return edit === undefined ? s : reviewed(s, reviewedText(s, edit.target, edit.marks), options.now, verify, known);
  });
  const doc = await qa(record.qa)(edited, { now: options.now });
  const segments = segmentsOf(doc).filter((s) => byId.has(s.id));
  const delivery = options.delivery ?? openDelivery({ outDir, index: 'folder' });
  await delivery.article({ ...record, doc }, options.now);
  if (!options.delivery) await delivery.finish();
  await options.memory?.recordReviews(segments.map((s) => memoryEntry(s, options.now)));
  return { doc, segments };
}
