import path from 'node:path';
import { reviewIndexEntry, type ReviewIndexEntry } from '../../../output/review-index.js';
import { writeOutputs, writeReviewIndex } from '../../../output/write.js';
import { writeFileAtomic } from '../../core/write-file-atomic.js';
import { version } from '../../core/version.js';
import { analyseMatches, mergeMatchAnalyses, type MatchAnalysis } from '../../engine/memory/match-analysis.js';
import { mergeQaSummaries, summariseQa, type QaSummary } from '../../stages/qa.js';
import { writeArticleRecord, type ArticleRecord } from '../review/article-record.js';
import { recheckFolder } from '../consistency/check-folder.js';
import { folderArticles, type FolderArticles } from './folder-index.js';
import { withFolderLock } from './folder-lock.js';
import type { DeliveryOptions } from './options.js';
import { refreshRunQa } from './refresh-run-qa.js';
import { renderRunReport, type RunReport } from './run-report.js';

/** A translated (or revised) article: its document, and the settings its record keeps for reviews. */
export type DeliveredArticle = Omit<ArticleRecord, 'version'>;

/** What only the caller knows of its run; the delivery adds the tool, the QA summary and the match analysis. */
export type RunOwnReport = Omit<RunReport, 'tool' | 'qa' | 'matches'>;

export interface RunToReport<R extends RunOwnReport> {
  readonly report: R;
  /** @default '<outDir>/run.json' */
  readonly file?: string;
  /**
   * Whether the run checked QA (else `qa` is `null`). A run that knows its settings says so, and
   * then reports zero flags even when no article finished.
   * @default whether any delivered article's QA ran
   */
  readonly qa?: boolean;
}

export interface DeliveredRun<R extends RunOwnReport> {
  readonly report: R & Pick<RunReport, 'tool' | 'qa' | 'matches'>;
  readonly runFile: string;
}

export interface Delivery {
  /**
   * Writes the article's formats (stamped with `now`) and its record; keeps its index entry and
   * QA summary, not its document. Returns the files of its formats.
   */
  article(article: DeliveredArticle, now: Date): Promise<string[]>;
  /**
   * Runs the folder checks over the whole output folder (`pipeline/app/consistency/`) and
   * delivers again each article whose flags they changed, then writes `index.html`, when an
   * article was delivered in `html`; a delivery with `index: 'folder'` (a review's) then counts
   * the QA of the folder's `run.json` again (`refreshRunQa`).
   */
  finish(): Promise<void>;
  /** Does as above, then writes the run's `run.json`, completed with the tool and the articles' QA summary. */
  finish<R extends RunOwnReport>(run: RunToReport<R>): Promise<DeliveredRun<R>>;
}

/**
 * Delivers translated articles into one output folder, the same way for `lektor translate`,
 * `queue collect` and a review: formats, article records, the review pages' `index.html`, and
 * `run.json` with the QA summary. Articles may be delivered concurrently; a folder check's
 * flags on an article this delivery did not deliver rewrite its files, not this run's report.
 */
export function openDelivery(options: DeliveryOptions): Delivery {
  const { outDir } = options;
  const index = options.index ?? 'delivered';
  // A large batch keeps a few numbers per article here, never its documents; by name, as the
  // folder checks may deliver an article again.
  const entries = new Map<string, ReviewIndexEntry>();
  const qaSummaries = new Map<string, QaSummary>();
  const matches = new Map<string, MatchAnalysis>();
  let qaRan = false;
  let html = false;
  // The index is stamped with its newest article's date: a queue's articles carry their own.
  let latest: Date | undefined;

  async function writeIndex(folder: FolderArticles | undefined): Promise<void> {
    if (!html || !latest) return;
    const listed = folder ? folder.entries : [...entries.values()];
    await writeReviewIndex(listed, outDir, { now: latest, toolVersion: version });
  }

  async function write(article: DeliveredArticle, now: Date): Promise<string[]> {
    return withFolderLock(outDir, async () => {
      const files = await writeOutputs(article.doc, article.formats, outDir, { now, toolVersion: version });
      await writeArticleRecord(outDir, article);
      return files;
    });
  }

  function keep(article: DeliveredArticle): void {
    const { name } = article.doc.meta;
    if (article.formats.includes('html') && index === 'delivered') entries.set(name, reviewIndexEntry(article.doc));
    qaSummaries.set(name, summariseQa([article.doc]));
    matches.set(name, analyseMatches(article.doc));
  }

  async function finish(): Promise<void>;
  async function finish<R extends RunOwnReport>(run: RunToReport<R>): Promise<DeliveredRun<R>>;
  async function finish<R extends RunOwnReport>(run?: RunToReport<R>): Promise<DeliveredRun<R> | void> {
    // The folder checks read every record and rewrite any article: all under one turn of the lock.
    return withFolderLock(outDir, () => finishLocked(run));
  }

  async function finishLocked<R extends RunOwnReport>(run?: RunToReport<R>): Promise<DeliveredRun<R> | void> {
    // Nothing delivered, nothing in the folder changed.
    if (latest) {
      for await (const article of recheckFolder(outDir)) {
        await write(article, latest);
        if (qaSummaries.has(article.doc.meta.name)) keep(article);
      }
    }
    // A review's delivery reads the folder once, for index.html and for run.json's QA.
    const folder = index === 'folder' && latest ? await folderArticles(outDir) : undefined;
    await writeIndex(folder);
    if (!run) {
      // The folder's run.json counted its articles' flags as the run left them.
      if (folder) await refreshRunQa(outDir, folder.qa);
      return;
    }
    const qa = (run.qa ?? qaRan) ? mergeQaSummaries([...qaSummaries.values()]) : null;
    const articles = Object.fromEntries([...matches].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const report = { tool: `lektor ${version}`, ...run.report, qa, matches: { total: mergeMatchAnalyses([...matches.values()]), articles } };
    const runFile = run.file ?? path.join(outDir, 'run.json');
    await writeFileAtomic(runFile, renderRunReport(report));
    return { report, runFile };
  }

  return {
    async article(article, now) {
      const files = await write(article, now);
      html ||= article.formats.includes('html');
      if (!latest || now > latest) latest = now;
      qaRan ||= article.qa.checks !== 'none';
      keep(article);
      return files;
    },
    finish,
  };
}
