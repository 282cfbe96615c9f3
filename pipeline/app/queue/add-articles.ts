import type { KeepJobs } from 'bullmq';
import type { Redis } from 'ioredis';
import { readArticleBytes } from '../../core/read-article-bytes.js';
import path from 'node:path';
import { collectInputs } from '../../read/inputs.js';
import { articleJobId, type ArticleJob, type JobGlossary, type JobModel } from './article-job.js';
import { registerSetting } from './model-queues.js';
import type { InputConfig, QaConfig } from '../../config.js';
import { openQueue } from './open-queue.js';

export interface AddOptions {
  readonly redis: Redis;
  /** Resolves relative inputs; job files are named relative to it, as `lektor translate` names them. */
  readonly cwd: string;
  readonly now: Date;
  readonly model: JobModel;
  readonly qa: QaConfig;
  /**
   * What of each article the workers read (`--select`).
   * @default {}
   */
  readonly input?: InputConfig;
  /**
   * The glossary to honour, read (and checked) by the caller.
   * @default null
   */
  readonly glossary?: JobGlossary | null;
  /**
   * Tries per article before it is marked failed; the waits between them double from `backoffMs`.
   * @default 3
   */
  readonly attempts?: number;
  /** @default 5000 */
  readonly backoffMs?: number;
  /**
   * How long a finished or failed job stays in Redis (`age`, seconds after it finished) and how
   * many of the newest stay per model setting (`count`): BullMQ's `removeOnComplete` and
   * `removeOnFail`, applied as later jobs of the setting finish. `queue collect` must read a
   * finished job before it goes (`collect --wait` reads each as it finishes).
   * @default undefined (kept until removed by hand)
   */
  readonly keep?: KeepJobs;
}

export interface AddResult {
  /** Files queued now, and files whose job (same content and settings) was already there. */
  readonly added: readonly string[];
  readonly existing: readonly string[];
  /** Files whose job had failed: queued again, with their attempts afresh. */
  readonly retried: readonly string[];
}

/**
 * Queues one job per article, in the queue of its model setting, where only workers running that
 * setting take it. Its id comes from the article and the settings, so queueing the same folder
 * again adds only what changed, and tries failed articles again. Finished and failed jobs stay in
 * Redis for `queue collect` and `queue status` as long as `keep` says; `queue add` after a collect
 * is a no-op for the same files while their jobs are kept.
 */
export async function addArticles(inputs: readonly string[], options: AddOptions): Promise<AddResult> {
  const { attempts = 3, backoffMs = 5000, keep = false } = options;
  if (!Number.isInteger(attempts) || attempts < 1) throw new TypeError(`addArticles: attempts must be an integer >= 1, got ${String(attempts)}`);
  if (!Number.isInteger(backoffMs) || backoffMs < 0) throw new TypeError(`addArticles: backoffMs must be an integer >= 0, got ${String(backoffMs)}`);
  const files = (await collectInputs(inputs, options.cwd)).map((file) => path.relative(options.cwd, file) || file);
  const queue = openQueue<ArticleJob>(await registerSetting(options.redis, options.model), options.redis);
  const added: string[] = [];
  const existing: string[] = [];
  const retried: string[] = [];
  try {
    for (const file of files) {
      const bytes = Buffer.from(await readArticleBytes(file, options.cwd));
      const job: ArticleJob = { file, bytes: bytes.toString('base64'), now: options.now.toISOString(), model: options.model, input: options.input ?? {}, qa: options.qa, glossary: options.glossary ?? null };
      const jobId = articleJobId(job);
      const queued = await queue.getJob(jobId);
      if (queued && (await queued.isFailed())) {
        // Queueing a failed article again is how one asks for another try (after fixing a worker, say).
        await queued.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
        retried.push(file);
        continue;
      }
      if (queued) {
        existing.push(file);
        continue;
      }
      await queue.add('article', job, { jobId, attempts, backoff: { type: 'exponential', delay: backoffMs }, removeOnComplete: keep, removeOnFail: keep });
      added.push(file);
    }
  } finally {
    await queue.close();
  }
  return { added, existing, retried };
}
