import { loadGlossary } from '../../../glossary/load.js';
import { createTermVerifier, type TermVerifier } from '../../../glossary/verify.js';
import { foldWhitespace, mapSegments, segmentsOf, type InlineMark, type LektorDoc, type Segment, type TermHit } from '../../core/doc.js';
import { ReviewError } from '../../core/errors.js';
import type { ReviewEntry, TranslationMemory } from '../../engine/memory/memory.js';
import qa from '../../stages/qa.js';
import { modelInputOf } from '../../stages/translate.js';
import { version as toolVersion } from '../../core/version.js';
import { openDelivery, type Delivery } from '../deliver/delivery.js';
import { withFolderLock } from '../deliver/folder-lock.js';
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

/**
 * Takes a sentence's review back (un-approve, revert to the machine's draft, undo a first save):
 * its English is the machine's draft again, as before any person reviewed it.
 */
export interface ReviewRevert {
  /** Segment id, `s0001`. */
  readonly segment: string;
  readonly revert: true;
  /** The `segmentVersion` the reviewer started from; absent: no check. */
  readonly version?: string;
}

/** What a revision does to one sentence: a person's English, or their review taken back. */
export type ReviewChange = ReviewEdit | ReviewRevert;

const isRevert = (change: ReviewChange): change is ReviewRevert => 'revert' in change;

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
export function refusal(doc: LektorDoc, edit: ReviewChange): ReviewError | undefined {
  const segment = segmentsOf(doc).find((s) => s.id === edit.segment);
  if (!segment) return new ReviewError('review', `no sentence ${edit.segment} in article "${doc.meta.name}"`);
  if (!segment.translatable) return new ReviewError('review', `sentence ${edit.segment} of "${doc.meta.name}" has no words to translate`);
  if (isRevert(edit)) {
    if (segment.origin !== 'review') return new ReviewError('review', `sentence ${edit.segment} of "${doc.meta.name}" has no review to take back`);
  } else {
    if (edit.source !== undefined && foldWhitespace(edit.source) !== foldWhitespace(segment.source)) {
      return new ReviewError('review', `sentence ${edit.segment} of "${doc.meta.name}": its German is no longer the article's`);
    }
    if (foldWhitespace(edit.target) === '') return new ReviewError('review', `sentence ${edit.segment} of "${doc.meta.name}": the English is empty`);
  }
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

/** How the glossary checks a sentence's terms against its new English. */
interface TermCheck {
  readonly verify?: TermVerifier;
  readonly known: (hit: TermHit) => boolean;
}

function verifiedTerms(segment: Segment, target: string, { verify, known }: TermCheck): TermHit[] {
  // Hits of terms the glossary no longer has stay as they were: there is nothing to check them against.
  const hits = (segment.terms ?? []).map((h) => (known(h) ? unverified(h) : h));
  const checkable = hits.filter(known);
  const checked = verify && checkable.length > 0 ? verify(target, checkable, { repair: false }).terms : [];
  return hits.map((h) => checked[checkable.indexOf(h)] ?? h);
}

function reviewed(segment: Segment, { target, marks }: ReviewedText, now: Date, check: TermCheck): Segment {
  const { flags: _stale, ...rest } = segment;
  const terms = verifiedTerms(segment, target, check);
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

/** The sentence as the machine left it: its draft again, with no review, its terms checked afresh. */
function unreviewed(segment: Segment, check: TermCheck): Segment {
  const { flags: _stale, draft, reviewedAt: _at, ...rest } = segment;
  // The markup goes back around the draft's English as a save would put it (the draft's own places are not kept).
  const { target, marks } = reviewedText(segment, draft ?? segment.target ?? '');
  const terms = verifiedTerms(segment, target, check);
  return { ...rest, target, origin: 'model', ...(terms.length > 0 ? { terms } : {}), ...(marks ? { marks } : {}) };
}

async function termCheck(record: ArticleRecord): Promise<TermCheck> {
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

/** The record's article with `changes` applied, verified and checked; throws the first refusal. */
async function revised(record: ArticleRecord, changes: readonly ReviewChange[], now: Date): Promise<Revision> {
  for (const change of changes) {
    const refused = refusal(record.doc, change);
    if (refused) throw refused;
  }
  const byId = new Map(changes.map((c) => [c.segment, c]));
  const check = await termCheck(record);
  const edited = mapSegments(record.doc, (s) => {
    const change = byId.get(s.id);
    if (change === undefined) return s;
    return isRevert(change) ? unreviewed(s, check) : reviewed(s, reviewedText(s, change.target, change.marks), now, check);
  });
  const doc = await qa(record.qa)(edited, { now });
  return { doc, segments: segmentsOf(doc).filter((s) => byId.has(s.id)) };
}

/**
 * What `reviseArticle` would make of the sentences, without writing anything: the review page
 * asks before saving English the QA checks find an error in.
 */
export async function previewRevision(outDir: string, name: string, changes: readonly ReviewChange[], options: Pick<RevisionOptions, 'now'>): Promise<Revision> {
  return revised(await readArticleRecord(outDir, name), changes, options.now);
}

/**
 * Applies reviews to one translated article in `outDir`: each edited sentence becomes the
 * reviewer's (origin `review`, the machine's draft kept), its glossary terms are verified (never
 * repaired: a person's text is flagged, not changed) and the QA checks run again; a reverted one
 * is the machine's draft again, checked the same way. Then every format the run wrote, the
 * article's record and the batch index are rewritten atomically, the folder checks run again
 * (as the delivery finishes: at once, unless `delivery` is given), the reviews go into the
 * translation memory, and a review taken back leaves it. Throws the first refusal before
 * changing anything.
 */
export async function reviseArticle(outDir: string, name: string, changes: readonly ReviewChange[], options: RevisionOptions): Promise<Revision> {
  // From reading the record to the last write: another process's revision in between would be lost.
  return withFolderLock(outDir, () => reviseLocked(outDir, name, changes, options));
}

async function reviseLocked(outDir: string, name: string, changes: readonly ReviewChange[], options: RevisionOptions): Promise<Revision> {
  const record = await readArticleRecord(outDir, name);
  let { doc, segments } = await revised(record, changes, options.now);
  const delivery = options.delivery ?? openDelivery({ outDir, index: 'folder' });
  await delivery.article({ ...record, doc }, options.now);
  if (!options.delivery) {
    await delivery.finish();
    // The folder checks may have flagged the article again: what the reviewer sees is what was written.
    ({ doc } = await readArticleRecord(outDir, name));
    const ids = new Set(segments.map((s) => s.id));
    segments = segmentsOf(doc).filter((s) => ids.has(s.id));
  }
  const reverted = new Set(changes.filter(isRevert).map((c) => c.segment));
  await options.memory?.recordReviews(segments.filter((s) => !reverted.has(s.id)).map((s) => memoryEntry(s, options.now)));
  // Only the review taken back: the memory may hold a later one of the same German, from elsewhere.
  const withdrawn = segmentsOf(record.doc).filter((s) => reverted.has(s.id));
  if (withdrawn.length > 0) await options.memory?.forgetReviews(withdrawn.map((s) => ({ source: s.source, target: s.target ?? '' })));
  return { doc, segments };
}
