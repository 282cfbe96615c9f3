import type { ReviewStats, ReviewStatsReport } from './review-stats.js';

const HEADER = ['article', 'sentences', 'reviewed', 'edited', 'approved', 'char edits', 'TER %', 'chrF', 'scored', 'flagged', 'Spearman', 'recall %', 'precision %'] as const;

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
  const rate = (value: number | null, digits = 1): string => (value === null ? '–' : value.toFixed(digits));
  const percent = (value: number | null): string => rate(value === null ? null : 100 * value);
  const { triage } = s;
  return [
    name,
    ...[s.sentences, s.reviewed, s.edited, s.approved, s.charEdits].map(String),
    rate(s.ter),
    rate(s.chrf),
    String(triage.scored),
    String(triage.flagged),
    rate(triage.correlation, 2),
    percent(triage.recall),
    percent(triage.precision),
  ];
}
