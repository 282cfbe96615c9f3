import type { LintRule } from '../lint-rule.js';

export default {
  id: 'duplicate-entry',
  severity: 'error',
  description: 'two entries for the same German with the same English',
  check(ctx) {
    for (const { entry, owner, variant, path } of ctx.claims.filter((c) => c.kind === 'duplicate')) {
      ctx.report(entry, path, `"${variant}" is already an entry at line ${owner.line} with the same target "${owner.term.target}"; remove one of them`);
    }
  },
} satisfies LintRule;
