import type { LintRule } from '../lint-rule.js';

export default {
  id: 'conflicting-entry',
  severity: 'error',
  description: 'two entries for the same German with different English',
  check(ctx) {
    for (const { entry, owner, variant, path } of ctx.claims.filter((c) => c.kind === 'conflict')) {
      const targets = `target "${owner.term.target}", not "${entry.term.target}"`;
      ctx.report(entry, path, `"${variant}" is already an entry at line ${owner.line} with ${targets}; keep one, or mark the wrong one status: forbidden`);
    }
  },
} satisfies LintRule;
