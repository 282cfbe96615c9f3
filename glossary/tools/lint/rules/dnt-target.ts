import type { LintRule } from '../lint-rule.js';

export default {
  id: 'dnt-target',
  severity: 'error',
  description: 'a dnt entry whose target is not its source',
  check(ctx) {
    for (const entry of ctx.entries) {
      const { dnt, target, source } = entry.raw;
      const headword = (typeof source === 'string' ? source : source[0]!).trim();
      if (dnt !== true || target === undefined || target.trim() === headword) continue;
      ctx.report(entry, ['target'], `dnt: true keeps the German "${headword}" as the English, but target is "${target}"; remove the target or dnt`);
    }
  },
} satisfies LintRule;
