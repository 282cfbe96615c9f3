import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../../core/write-file-atomic.js';
import { mergeQaSummaries, type QaSummary } from '../../stages/qa.js';
import { renderRunReport, type RunReport } from './run-report.js';

/** The run's report in `outDir`, or `undefined` where there is none Lektor wrote: nothing to bring up to date. */
async function runReportIn(file: string): Promise<RunReport | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const report = JSON.parse(text) as Partial<RunReport> | null;
    return report && typeof report === 'object' && 'qa' in report && report.matches?.articles ? (report as RunReport) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * After a review: `<outDir>/run.json`'s QA summary counted again from the run's own articles (the
 * report names them: its match analysis has one entry each) as `qa` has them now, the rest of the
 * report as the run wrote it. A run without QA keeps `null`; a folder without a `run.json` Lektor
 * can read is left as it is, since the report is the run's, not the review's.
 */
export async function refreshRunQa(outDir: string, qa: ReadonlyMap<string, QaSummary>): Promise<void> {
  const file = path.join(outDir, 'run.json');
  const report = await runReportIn(file);
  if (!report || report.qa === null) return;
  const summaries = Object.keys(report.matches.articles).flatMap((name) => qa.get(name) ?? []);
  await writeFileAtomic(file, renderRunReport({ ...report, qa: mergeQaSummaries(summaries) }));
}
