import type { LintFinding } from './lint-rule.js';
import { plural } from '../../../pipeline/core/plural.js';

/** A linted file and what was found in it. */
export interface LintResult {
  readonly file: string;
  readonly findings: readonly LintFinding[];
}

function count(findings: readonly LintFinding[], severity: LintFinding['severity']): number {
  return findings.filter((f) => f.severity === severity).length;
}

/** One `file:line:col: severity: message (rule)` line per finding, then a count. */
function text({ file, findings }: LintResult): string {
  if (findings.length === 0) return `${file}: no problems\n`;
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} (${f.rule})`);
  return `${lines.join('\n')}\n${plural(count(findings, 'error'), 'error')}, ${plural(count(findings, 'warning'), 'warning')}\n`;
}

/** The result as one JSON object, for editors and CI. */
function json({ file, findings }: LintResult): string {
  return `${JSON.stringify({ file, errors: count(findings, 'error'), warnings: count(findings, 'warning'), findings }, null, 2)}\n`;
}

/** Lint output formats; the keys are what `--format` accepts. */
export const LINT_FORMATS = { text, json } as const satisfies Record<string, (result: LintResult) => string>;

export type LintFormat = keyof typeof LINT_FORMATS;
