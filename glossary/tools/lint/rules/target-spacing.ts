import type { LintRule } from '../lint-rule.js';

export default {
  id: 'target-spacing',
  severity: 'warning',
  description: 'an English target or forbidden rendering with leading, trailing or doubled spaces',
  check(ctx) {
    for (const entry of ctx.entries) {
      const { target, forbidden = [] } = entry.raw;
      const renderings = [
        ...(target === undefined ? [] : [{ text: target, path: ['target'], label: 'target' }]),
        ...forbidden.map((text, k) => ({ text, path: ['forbidden', k], label: 'forbidden rendering' })),
      ];
      for (const { text, path, label } of renderings) {
        const problems = spacingProblems(text);
        if (problems.length > 0) ctx.report(entry, path, `${label} ${JSON.stringify(text)} ${problems.join(' and ')}`);
      }
    }
  },
} satisfies LintRule;

/** Spaces a translation would copy into the text, or that make a rendering never match. */
function spacingProblems(text: string): string[] {
  return [
    ...(/^\s|\s$/u.test(text) ? ['starts or ends with a space'] : []),
    ...(/\S\s{2,}\S/u.test(text) ? ['has doubled spaces'] : []),
  ];
}
