import { createHash } from 'node:crypto';
import type { InputConfig, QaConfig } from '../../config.js';
import type { LektorDoc, TermStrategy } from '../../core/doc.js';

/** The model a job was queued for: it waits in that setting's queue for workers running it (`model-queues.ts`). */
export interface JobModel {
  /** What the translation memory keys by: hub id or absolute model directory. */
  readonly identity: string;
  readonly dtype: string;
  /** Beam width (`--beams`), which changes outputs as the model does; absent in jobs queued before beam search: 1. */
  readonly beams?: number;
}

/** One glossary file as queued: its text travels with each job, as the article's does. */
export interface JobGlossaryFile {
  /** The file as given (named in the documents and messages, as `lektor translate` names it). */
  readonly file: string;
  /** Absolute, for the article records `queue collect` writes. */
  readonly path: string;
  readonly text: string;
}

/**
 * The glossary as queued: one file, in the shape jobs had before stacks (so their ids stay), or a
 * stack of files in precedence order (a later file wins). A worker from before stacks fails a
 * stack's job, having no `text` to read, rather than enforce part of the stack.
 */
export type JobGlossary = (JobGlossaryFile | { readonly stack: readonly JobGlossaryFile[] }) & { readonly strategy: TermStrategy };

/** The files of a queued glossary, in precedence order: one for a single file. */
export function jobGlossaryFiles(glossary: JobGlossary): readonly JobGlossaryFile[] {
  return 'stack' in glossary ? glossary.stack : [glossary];
}

/**
 * One article as queued: its bytes travel in the job, so workers need no shared disk, and
 * everything that decides its translation besides the model's weights comes with it.
 */
export interface ArticleJob {
  /** The article's path as `lektor translate` would show it (relative to where it was queued). */
  readonly file: string;
  /** The file's bytes, base64: decoding (and rejecting what is not UTF-8) is the worker's. */
  readonly bytes: string;
  /** ISO 8601 time stamped into the outputs (`SOURCE_DATE_EPOCH` when queued, else then). */
  readonly now: string;
  readonly model: JobModel;
  /** What of the article is read (`--select`); jobs queued before it existed have none. */
  readonly input?: InputConfig;
  readonly qa: QaConfig;
  readonly glossary: JobGlossary | null;
}

/** What a worker stores for a finished article; `queue collect` renders every format from it. */
export interface ArticleResult {
  readonly doc: LektorDoc;
  /** Sentences that needed a translation, and how many of them the memory answered. */
  readonly sentences: number;
  readonly recalled: number;
  /** `host:pid` of the worker that translated it. */
  readonly worker: string;
}

/**
 * The job's id: the same article with the same settings is one job however often it is queued.
 * The file name counts, since it names the outputs; the time does not, so re-queueing is a no-op.
 */
export function articleJobId(job: ArticleJob): string {
  // Settings added later join only when set, so jobs queued before them keep their ids.
  const later = { ...(job.input?.select === undefined ? {} : { select: job.input.select }), ...((job.model.beams ?? 1) === 1 ? {} : { beams: job.model.beams }) };
  const settings = JSON.stringify([job.file, job.model.identity, job.model.dtype, job.qa, job.glossary, ...(Object.keys(later).length > 0 ? [later] : [])]);
  const hash = createHash('sha256').update(settings).update('\0').update(job.bytes).digest('hex');
  // A prefix, because BullMQ reads an all-digit id as a number.
  return `a-${hash.slice(0, 32)}`;
}
