import { segmentsOf, type Segment } from '../../core/doc.js';
import { segmentVersion } from '../../core/segment-version.js';
import { inScope } from '../../checks/run-check.js';
import { placeOf } from '../consistency/check-folder.js';
import type { Place } from '../consistency/folder-check.js';
import { openDelivery, type Delivery } from '../deliver/delivery.js';
import { withFolderLock } from '../deliver/folder-lock.js';
import { articleRecords, readArticleRecord } from './article-record.js';
import { reviseArticle, type ReviewChange, type Revision, type RevisionOptions } from './revise-article.js';

/** A sentence a person just saved or approved, in its article. */
export interface ReviewedPlace {
  readonly article: string;
  readonly segment: Segment;
}

/** A repeat that took the reviewed English: `previous` is what an undo puts back. */
export interface PropagatedPlace {
  readonly article: string;
  /** Segment id, `s0004`. */
  readonly segment: string;
  readonly target: string;
  readonly previous: string;
  /** The repeat's `segmentVersion` now: its undo is refused once anyone changed it since. */
  readonly version: string;
}

/** A repeat someone reviewed to other English: never overwritten, only reported. */
export interface PropagationConflict {
  readonly article: string;
  readonly segment: string;
  /** Its reviewed English. */
  readonly target: string;
}

export interface Propagation {
  readonly propagated: readonly PropagatedPlace[];
  readonly conflicts: readonly PropagationConflict[];
}

export const NO_PROPAGATION: Propagation = { propagated: [], conflicts: [] };

export interface PropagationOptions {
  readonly now: Date;
  /** The delivery the changed repeats join; the caller finishes it. */
  readonly delivery: Delivery;
}

const at = (article: string, segment: string): string => `${article}\0${segment}`;

/**
 * Gives each reviewed sentence's English to its repeats in `outDir`: the sentences whose German is
 * the same as the folder checks key it (`placeOf`, `reviewKey`) and that nobody reviewed. They
 * become what a later run would recall from the memory for them (origin `review`, their English
 * before kept as the `draft`, so an undo is a revert); the memory is not told again, the save
 * already told it. A repeat reviewed to other English is a conflict and stays as it is.
 */
export async function propagateReviews(outDir: string, reviewed: readonly ReviewedPlace[], { now, delivery }: PropagationOptions): Promise<Propagation> {
  const saved = new Set(reviewed.map((r) => at(r.article, r.segment.id)));
  // The first review of a German sentence wins where one import holds two: the other is a conflict.
  const bySource = new Map<string, { readonly place: Place; readonly english: string }>();
  for (const r of reviewed) {
    const place = placeOf(r.article, r.segment);
    if (place.reviewed && !bySource.has(place.source)) bySource.set(place.source, { place, english: r.segment.target ?? '' });
  }
  if (bySource.size === 0) return NO_PROPAGATION;
  const changes = new Map<string, { segment: string; target: string; previous: string }[]>();
  const conflicts: PropagationConflict[] = [];
  for await (const { doc } of articleRecords(outDir)) {
    for (const seg of segmentsOf(doc)) {
      if (!inScope(seg, 'translated') || saved.has(at(doc.meta.name, seg.id))) continue;
      const place = placeOf(doc.meta.name, seg);
      const review = bySource.get(place.source);
      if (!review || place.target === review.place.target) continue;
      if (place.reviewed) conflicts.push({ article: place.article, segment: place.segment, target: seg.target ?? '' });
      else changes.set(place.article, [...(changes.get(place.article) ?? []), { segment: seg.id, target: review.english, previous: seg.target ?? '' }]);
    }
  }
  const propagated: PropagatedPlace[] = [];
  for (const [article, edits] of changes) {
    const { segments } = await reviseArticle(outDir, article, edits, { now, delivery });
    segments.forEach((s, i) => propagated.push({ article, segment: s.id, target: s.target ?? '', previous: edits[i]!.previous, version: segmentVersion(s) }));
  }
  return { propagated, conflicts };
}

/**
 * `reviseArticle`, and when `propagate`, the saved sentences' English given to their repeats in
 * the same delivery (one run of the folder checks), all under one turn of the folder's lock; the
 * revision is the article as written after both.
 */
export async function reviseWithRepeats(
  outDir: string,
  name: string,
  changes: readonly ReviewChange[],
  options: Omit<RevisionOptions, 'delivery'> & { readonly propagate: boolean },
): Promise<Revision & Propagation> {
  const { propagate, ...revision } = options;
  if (!propagate) return { ...(await reviseArticle(outDir, name, changes, revision)), ...NO_PROPAGATION };
  return withFolderLock(outDir, async () => {
    const delivery = openDelivery({ outDir, index: 'folder' });
    const { segments } = await reviseArticle(outDir, name, changes, { ...revision, delivery });
    const propagation = await propagateReviews(outDir, segments.map((segment) => ({ article: name, segment })), { now: options.now, delivery });
    await delivery.finish();
    // The folder checks ran over the repeats too: the saved sentences' flags may have gone.
    const { doc } = await readArticleRecord(outDir, name);
    const ids = new Set(segments.map((s) => s.id));
    return { doc, segments: segmentsOf(doc).filter((s) => ids.has(s.id)), ...propagation };
  });
}

/**
 * Puts a propagated repeat's English before back (the review's revert: its `draft`), unless
 * someone changed it since (`version`). The memory keeps the review: it was the saved sentence's.
 */
export async function undoPropagation(outDir: string, name: string, segment: string, version: string, now: Date): Promise<Revision> {
  return reviseArticle(outDir, name, [{ segment, revert: true, version }], { now });
}
