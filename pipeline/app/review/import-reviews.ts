import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readReviewedFile } from '../../../output/read-reviewed.js';
import type { ReviewedFile, ReviewedUnit } from '../../../output/reviewed-file.js';
import { foldWhitespace, segmentsOf, type InlineMark, type LektorDoc, type Segment } from '../../core/doc.js';
import { InputError, LektorError } from '../../core/errors.js';
import type { TranslationMemory } from '../../engine/memory/memory.js';
import { openDelivery } from '../deliver/delivery.js';
import { withFolderLock } from '../deliver/folder-lock.js';
import { articleRecordPath, readArticleRecord, type ArticleRecord } from './article-record.js';
import { propagateReviews, NO_PROPAGATION, type Propagation, type ReviewedPlace } from './propagate-review.js';
import { refusal, reviseArticle, type ReviewEdit } from './revise-article.js';
import { sourceFromCodes, textFromCodes } from './reviewed-marks.js';
import { segmentVersion } from '../../core/segment-version.js';

export interface ImportOptions {
  /** The output folder of `lektor translate` that holds the articles' records. */
  readonly outDir: string;
  /** The review's time, stamped on the sentences and into the outputs. */
  readonly now: Date;
  /** Where the files' paths are relative to. @default process.cwd() */
  readonly cwd?: string;
  /** The memory an article's reviews are recorded in (chosen from its record); none: only its files change. */
  readonly memoryFor?: (record: ArticleRecord) => TranslationMemory | undefined;
  /**
   * Applies units whose sentence changed in Lektor after their file was written (saved in the
   * editor, imported from another file), overwriting that change, instead of refusing them.
   * @default false
   */
  readonly force?: boolean;
  /**
   * Gives each imported review's English to the identical German sentences of `outDir` that
   * nobody reviewed (`propagateReviews`).
   * @default true
   */
  readonly propagate?: boolean;
  /** Seconds to wait while another process changes `outDir`. @default LOCK_WAIT_SECONDS */
  readonly lockWait?: number;
}

/** A unit, or a whole file, whose review was not applied, and why. */
export interface ImportRefusal {
  readonly file: string;
  /** Absent when the whole file was refused. */
  readonly line?: number;
  readonly unit?: string;
  readonly reason: string;
  /** The sentence changed in Lektor after the file was written: `force` would apply it. */
  readonly stale?: true;
}

export interface ImportResult {
  /** Sentences whose English a reviewer changed. */
  readonly corrections: number;
  /** Sentences a reviewer confirmed as they were. */
  readonly approvals: number;
  readonly refused: readonly ImportRefusal[];
  /** Files, or articles, that could not be read or revised: one line each. */
  readonly failed: readonly LektorError[];
  /** The repeats that took an imported review's English. */
  readonly propagated: Propagation['propagated'];
  /** The reviewed repeats whose other English was left as it is. */
  readonly conflicts: Propagation['conflicts'];
}

interface Accepted {
  readonly edit: ReviewEdit;
  readonly kind: 'correction' | 'approval';
  readonly file: string;
  readonly line: number;
}

interface Article {
  readonly record: ArticleRecord;
  readonly bySegment: ReadonlyMap<string, Segment>;
  /** The accepted edits by segment id, the first file's where several edit one sentence. */
  readonly edits: Map<string, Accepted>;
}


const markPlace = (m: InlineMark): string => `${m.id}:${m.targetStart ?? ''}-${m.targetEnd ?? ''}${m.lost ? ' lost' : ''}`;

/** Whether the reviewer left the markup where the segment has it. */
function sameMarks(a: readonly InlineMark[] = [], b: readonly InlineMark[] = []): boolean {
  return a.map(markPlace).join() === b.map(markPlace).join();
}

/**
 * The German and English a unit carries, read against its segment: a file with inline codes gives
 * the English's marks (`textFromCodes`), and standalone codes stand for their elements' text.
 */
function unitText(unit: ReviewedUnit, segment: Segment | undefined): { source: string; target: string; marks?: readonly InlineMark[] } {
  if (!segment || !unit.inline) return { source: unit.source, target: unit.target };
  const english = textFromCodes(segment, unit.inline.target);
  return { source: sourceFromCodes(segment, unit.inline.source), ...english };
}

function judge(article: Article, unit: ReviewedUnit, file: string, force: boolean): Accepted | ImportRefusal | undefined {
  const segment = article.bySegment.get(unit.segment);
  const { source, target, marks } = unitText(unit, segment);
  const unchanged = segment !== undefined && foldWhitespace(target) === foldWhitespace(segment.target ?? '') && (marks === undefined || sameMarks(marks, segment.marks));
  // Unchanged English is a review only when the file says a person approved it, and only once.
  const approval = unchanged && unit.approved && segment.translatable && segment.origin !== 'review';
  // Nothing to apply; but German a tool changed is still refused, so the reviewer learns it was not taken.
  if (unchanged && !approval && foldWhitespace(source) === foldWhitespace(segment.source)) return undefined;
  const edit: ReviewEdit = { segment: unit.segment, source, target, ...(marks ? { marks } : {}) };
  const at = { file, line: unit.line, unit: unit.segment };
  const refused = refusal(article.record.doc, edit);
  if (refused) return { ...at, reason: refused.message };
  // The file's English was made on the sentence as it was then: applied now, it would undo a later review unseen.
  if (!force && segment && unit.version !== undefined && unit.version !== segmentVersion(segment)) {
    return { ...at, reason: `sentence ${unit.segment} of "${article.record.doc.meta.name}" changed in Lektor after this file was written`, stale: true };
  }
  const earlier = article.edits.get(unit.segment);
  if (earlier && foldWhitespace(earlier.edit.target) !== foldWhitespace(edit.target)) {
    return { ...at, reason: `sentence ${unit.segment} of "${article.record.doc.meta.name}" has other English in ${earlier.file}:${earlier.line}` };
  }
  return earlier ?? { edit, kind: approval ? 'approval' : 'correction', ...at };
}

async function readReviewed(file: string, cwd: string): Promise<ReviewedFile> {
  const text = await readFile(path.resolve(cwd, file), 'utf8').catch((cause: NodeJS.ErrnoException) => {
    throw new InputError({ file }, `cannot read (${cause.code ?? String(cause)})`, { cause });
  });
  return readReviewedFile(text, file);
}

function bySegment(doc: LektorDoc): Map<string, Segment> {
  return new Map(segmentsOf(doc).map((s) => [s.id, s]));
}

const isRefusal = (judged: Accepted | ImportRefusal): judged is ImportRefusal => 'reason' in judged;

/**
 * Brings reviews made outside Lektor back: each file (XLIFF, TMX or JSONL that Lektor wrote and a
 * CAT tool or script changed) is read and compared with its article's record in `outDir`;
 * changed English becomes a correction, unchanged English the file marks as approved an
 * approval. Units that cannot apply (German changed, unknown sentence, empty English, a sentence
 * changed in Lektor since the file was written unless `force`) and files of articles not in
 * `outDir` are refused with a reason; then each article is revised once with
 * all its reviews (`reviseArticle`). Unreadable files fail alone: the others are still imported.
 */
export async function importReviews(files: readonly string[], options: ImportOptions): Promise<ImportResult> {
  // From the first record read to the last write: a change made between them would be lost.
  return withFolderLock(options.outDir, () => importLocked(files, options), { wait: options.lockWait });
}

async function importLocked(files: readonly string[], options: ImportOptions): Promise<ImportResult> {
  const cwd = options.cwd ?? process.cwd();
  const articles = new Map<string, Article>();
  const refused: ImportRefusal[] = [];
  const failed: LektorError[] = [];
  for (const file of files) {
    try {
      const reviewed = await readReviewed(file, cwd);
      let article = articles.get(reviewed.article);
      if (!article) {
        if (!existsSync(articleRecordPath(options.outDir, reviewed.article))) {
          refused.push({ file, reason: `article "${reviewed.article}" was not translated into ${options.outDir}` });
          continue;
        }
        const record = await readArticleRecord(options.outDir, reviewed.article);
        article = { record, bySegment: bySegment(record.doc), edits: new Map() };
        articles.set(reviewed.article, article);
      }
      for (const unit of reviewed.units) {
        const judged = judge(article, unit, file, options.force ?? false);
        if (judged && isRefusal(judged)) refused.push(judged);
        else if (judged) article.edits.set(unit.segment, judged);
      }
    } catch (error) {
      if (!(error instanceof LektorError)) throw error;
      failed.push(error);
    }
  }
  let corrections = 0;
  let approvals = 0;
  // The index once after all articles, not once per article.
  const delivery = openDelivery({ outDir: options.outDir, index: 'folder' });
  const reviewed: ReviewedPlace[] = [];
  for (const [name, article] of articles) {
    const accepted = [...article.edits.values()];
    if (accepted.length === 0) continue;
    try {
      const { segments } = await reviseArticle(options.outDir, name, accepted.map((a) => a.edit), { now: options.now, memory: options.memoryFor?.(article.record), delivery });
      reviewed.push(...segments.map((segment) => ({ article: name, segment })));
    } catch (error) {
      if (!(error instanceof LektorError)) throw error;
      failed.push(error);
      continue;
    }
    corrections += accepted.filter((a) => a.kind === 'correction').length;
    approvals += accepted.filter((a) => a.kind === 'approval').length;
  }
  const propagation = options.propagate === false ? NO_PROPAGATION : await propagateReviews(options.outDir, reviewed, { now: options.now, delivery });
  await delivery.finish();
  return { corrections, approvals, refused, failed, ...propagation };
}
