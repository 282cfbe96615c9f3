import { shadowingIndex } from '../../stack.js';
import type { Glossary, GlossaryTerm } from '../../types.js';
import type { LintFinding } from './lint-rule.js';

/**
 * What stacking does to glossaries that each load on their own (`stackGlossaries`): every entry a
 * later file replaces (`stack-shadowed`, info, at the replaced entry), and among those the ones
 * where the files disagree: different English (`stack-conflict`) or a target the earlier file
 * forbids (`stack-forbidden`), warnings at the winning entry naming both places.
 */
export function lintStack(glossaries: readonly Glossary[]): LintFinding[] {
  const findings: LintFinding[] = [];
  glossaries.forEach((later, j) => {
    const shadowing = shadowingIndex(later.terms);
    for (const earlier of glossaries.slice(0, j)) {
      for (const term of earlier.terms) {
        const winner = shadowing(term);
        if (!winner || term.status === 'forbidden') continue;
        findings.push(at(term, 'info', 'stack-shadowed', `term "${term.source[0]}" is overridden by ${where(winner)}`));
        if (winner.target !== term.target) {
          findings.push(at(winner, 'warning', 'stack-conflict', `term "${winner.source[0]}": "${winner.target}" here, "${term.target}" in ${where(term)}; this file wins`));
        }
        if (term.forbidden.includes(winner.target)) {
          findings.push(at(winner, 'warning', 'stack-forbidden', `term "${winner.source[0]}": target "${winner.target}" is forbidden in ${where(term)}`));
        }
      }
    }
  });
  return findings;
}

function where(term: GlossaryTerm): string {
  return `${term.file}:${term.line}`;
}

function at(term: GlossaryTerm, severity: LintFinding['severity'], rule: string, message: string): LintFinding {
  return { file: term.file, line: term.line, column: 1, severity, rule, message };
}
