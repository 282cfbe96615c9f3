import type { LintRule } from '../lint-rule.js';

export default {
  id: 'source-is-form',
  severity: 'warning',
  description: "a source that is an inflected form of an earlier entry's source, so it never matches",
  check(ctx) {
    for (const { entry, owner, variant, path } of ctx.claims.filter((c) => c.kind === 'form')) {
      const where = `"${owner.term.source[0]}" (line ${owner.line}), which the matcher finds first`;
      ctx.report(entry, path, `"${variant}" is a form of ${where}, so this entry never matches it; add it to that entry's forms`);
    }
  },
} satisfies LintRule;
