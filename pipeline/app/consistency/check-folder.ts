import type { QaConfig } from '../../config.js';
import { mapSegments, segmentsOf, type Flag, type LektorDoc, type Segment } from '../../core/doc.js';
import { FOLDER_CHECK_IDS, isFolderCheckId, type FolderCheckId } from '../../checks/index.js';
import { inScope } from '../../checks/run-check.js';
import { reviewKey } from '../../engine/memory/memory.js';
import { compareFlags } from '../../stages/qa.js';
import { articleRecords, readArticleRecord, type ArticleRecord } from '../review/article-record.js';
import type { FolderCheck, Place } from './folder-check.js';
import inconsistentSource from './inconsistent-source.js';
import inconsistentTarget from './inconsistent-target.js';

/** Every folder check by id; they run in the order of `FOLDER_CHECK_IDS`. */
export const FOLDER_CHECKS = {
  'inconsistent-target': inconsistentTarget,
  'inconsistent-source': inconsistentSource,
} as const satisfies Readonly<Record<FolderCheckId, FolderCheck>>;

/** Each segment's flags, by segment id. */
type SegmentFlags = Map<string, Flag[]>;

/** Whether an article's `qa.checks` runs the folder check `id` on its sentences. */
function selects(checks: QaConfig['checks'], id: FolderCheckId): boolean {
  return checks === 'all' || (checks !== 'none' && checks.includes(id));
}

/** A translated sentence as the folder checks (and a review's propagation) compare it. */
export function placeOf(article: string, segment: Segment): Place {
  return { article, segment: segment.id, source: reviewKey(segment.source), target: reviewKey(segment.target ?? ''), reviewed: segment.origin === 'review' };
}

/** The flags of the folder checks a document holds, by segment id. */
function folderFlagsOf(segments: readonly Segment[]): SegmentFlags {
  const flags: SegmentFlags = new Map();
  for (const seg of segments) {
    const own = (seg.flags ?? []).filter((f) => isFolderCheckId(f.check));
    if (own.length > 0) flags.set(seg.id, own);
  }
  return flags;
}

/** The same flags give the same string, in whichever order they were found. */
function signature(flags: SegmentFlags): string {
  const bySegment = [...flags].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(bySegment.map(([id, list]) => [id, [...list].sort(compareFlags)]));
}

/** The document with the folder checks' flags replaced by `flags`, each segment's sorted as QA sorts them. */
function withFolderFlags(doc: LektorDoc, flags: SegmentFlags): LektorDoc {
  return mapSegments(doc, (seg) => {
    const kept = (seg.flags ?? []).filter((f) => !isFolderCheckId(f.check));
    const all = [...kept, ...(flags.get(seg.id) ?? [])].sort(compareFlags);
    if (all.length > 0) return { ...seg, flags: all };
    if (seg.flags === undefined) return seg;
    const { flags: _cleared, ...unflagged } = seg;
    return unflagged;
  });
}

/**
 * Runs the folder checks (`inconsistent-target`, `inconsistent-source`) over every article
 * recorded in `outDir`, each article's sentences flagged as its own `qa` settings say, and yields
 * the records whose flags of those checks changed, with the new flags: the caller delivers them.
 * The folder is read twice, and only each sentence's place is held between, never the documents.
 */
export async function* recheckFolder(outDir: string): AsyncGenerator<ArticleRecord> {
  const places: Place[] = [];
  const settings = new Map<string, QaConfig>();
  const before = new Map<string, string>();
  for await (const { doc, qa } of articleRecords(outDir)) {
    const segments = segmentsOf(doc);
    settings.set(doc.meta.name, qa);
    before.set(doc.meta.name, signature(folderFlagsOf(segments)));
    for (const seg of segments) if (inScope(seg, 'translated')) places.push(placeOf(doc.meta.name, seg));
  }
  const found = new Map<string, SegmentFlags>();
  for (const check of FOLDER_CHECK_IDS.map((id) => FOLDER_CHECKS[id])) {
    check.run(places, (place, message) => {
      const qa = settings.get(place.article);
      if (!qa || !selects(qa.checks, check.id)) return;
      const flags = found.get(place.article) ?? new Map<string, Flag[]>();
      found.set(place.article, flags);
      flags.set(place.segment, [...(flags.get(place.segment) ?? []), { check: check.id, severity: qa.severity[check.id] ?? check.severity, message }]);
    });
  }
  for (const [name, was] of before) {
    const flags = found.get(name) ?? new Map<string, Flag[]>();
    if (signature(flags) === was) continue;
    const record = await readArticleRecord(outDir, name);
    yield { ...record, doc: withFolderFlags(record.doc, flags) };
  }
}
