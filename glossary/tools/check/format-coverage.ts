import type { CoverageReport, TermCoverage } from './measure-coverage.js';
import { plural } from '../../../pipeline/core/plural.js';

function adherenceOf(term: TermCoverage): string {
  if (!term.adherence) return '-';
  const { honoured, total, repaired } = term.adherence;
  return `${honoured}/${total}${repaired > 0 ? ` (${repaired} repaired)` : ''}`;
}

function articlesOf(term: TermCoverage, articleCount: number): string {
  // With one article, the count already says it all.
  if (articleCount === 1) return '';
  return term.articles.map((a) => `${a.article} (${a.count})`).join(', ');
}

/** Where a term of a stack came from, `desk.yaml:4`; empty for a single glossary. */
function fromOf(term: TermCoverage): string {
  return term.from ? `${term.from.file}:${term.from.line}` : '';
}

/** A table of the terms that occur, then the ones that never do; in a stack, each with its file and line. */
function text(report: CoverageReport): string {
  const used = report.terms.filter((t) => t.occurrences > 0);
  const unused = report.terms.filter((t) => t.occurrences === 0);
  const stacked = report.terms.some((t) => t.from);
  const translated = report.translated.length === 0 ? 'no translations found' : `adherence from ${plural(report.translated.length, 'translated article')}`;
  const lines = [`${report.glossary}: ${used.length} of ${plural(report.terms.length, 'term')} occur in ${plural(report.articles.length, 'article')}; ${translated}`];
  if (used.length > 0) {
    const width = Math.min(40, Math.max(4, ...used.map((t) => t.source.length)));
    const fromWidth = Math.max(4, ...used.map((t) => fromOf(t).length));
    const from = (value: string): string => (stacked ? `  ${value.padEnd(fromWidth)}` : '');
    const adherenceWidth = Math.max(9, ...used.map((t) => adherenceOf(t).length));
    lines.push('', `${'term'.padEnd(width)}${from('from')}  ${'uses'.padStart(4)}  ${'adherence'.padEnd(adherenceWidth)}  articles`.trimEnd());
    for (const t of used) {
      lines.push(`${t.source.padEnd(width)}${from(fromOf(t))}  ${String(t.occurrences).padStart(4)}  ${adherenceOf(t).padEnd(adherenceWidth)}  ${articlesOf(t, report.articles.length)}`.trimEnd());
    }
  }
  if (unused.length > 0) lines.push('', `never used (${unused.length}): ${unused.map((t) => (t.from ? `${t.source} (${fromOf(t)})` : t.source)).join(', ')}`);
  if (report.notApplied > 0) lines.push('', `${plural(report.notApplied, 'proposed or forbidden entry', 'proposed or forbidden entries')} not counted: translation does not apply them`);
  return `${lines.join('\n')}\n`;
}

function json(report: CoverageReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Check output formats; the keys are what the CLI offers. */
export const COVERAGE_FORMATS = { text, json } as const satisfies Record<string, (report: CoverageReport) => string>;
