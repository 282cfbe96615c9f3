import { describe, expect, it } from 'vitest';
import { LINT_FORMATS } from '../../../../glossary/tools/lint/format-findings.js';
import type { LintFinding } from '../../../../glossary/tools/lint/lint-rule.js';

const findings: LintFinding[] = [
  { file: 'g.yaml', line: 6, column: 5, severity: 'error', rule: 'dnt-target', message: 'dnt: true keeps the German "Cainiao" as the English, but target is "Cainiao Network"; remove the target or dnt' },
  { file: 'g.yaml', line: 8, column: 5, severity: 'warning', rule: 'target-spacing', message: 'target "cargo  airport" has doubled spaces' },
];

describe('LINT_FORMATS', () => {
  it('text: one line per finding with place, severity and rule, then the counts', () => {
    expect(LINT_FORMATS.text({ file: 'g.yaml', findings })).toBe(
      'g.yaml:6:5: error: dnt: true keeps the German "Cainiao" as the English, but target is "Cainiao Network"; remove the target or dnt (dnt-target)\n' +
        'g.yaml:8:5: warning: target "cargo  airport" has doubled spaces (target-spacing)\n' +
        '1 error, 1 warning\n',
    );
  });

  it('text: says so when there is nothing to report', () => {
    expect(LINT_FORMATS.text({ file: 'g.yaml', findings: [] })).toBe('g.yaml: no problems\n');
  });

  it('json: counts and findings in one object', () => {
    expect(JSON.parse(LINT_FORMATS.json({ file: 'g.yaml', findings }))).toEqual({ file: 'g.yaml', errors: 1, warnings: 1, findings });
  });
});
