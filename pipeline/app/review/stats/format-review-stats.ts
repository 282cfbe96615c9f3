import type { ReviewStats, ReviewStatsReport } from './review-stats.js';

const HEADER = ['article', 'sentences', 'reviewed', 'edited', 'approved', 'char edits', 'TER %', 'chrF'] as const;

/** The report as a plain-text table: a row per article, then the total; numbers right-aligned. */
export function formatReviewStats(report: ReviewStatsReport): string {
  const rows = [[...HEADER], ...report.articles.map((a) => row(a.name, a)), row('total', report.total)];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((r) => r[column]?.length ?? 0)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return rows.map((r) => `${line(r)}\n`).join('');
}

function row(name: string, s: ReviewStats): string[] {
  // A rate of nothing reviewed is not 0: it is unknown.
  const rate = (value: number | null): string => (value === null ? '–' : value.toFixed(1));
  return [name, String(s.sentences), String(s.reviewed), String(s.edited), String(s.approved), String(s.charEdits), rate(s.ter), rate(s.chrf)];
}
