import type { CaseRule } from '../../../types.js';
import type { BuiltEntry, LintRule } from '../lint-rule.js';

interface Forbidding {
  readonly entry: BuiltEntry;
  readonly rendering: string;
  readonly rule: CaseRule;
}

export default {
  id: 'forbidden-as-target',
  severity: 'warning',
  description: 'a rendering one entry forbids (status: forbidden or its forbidden list) that another entry requires as its target',
  check(ctx) {
    const built = ctx.entries.filter((e): e is BuiltEntry => e.term !== undefined);
    const forbidding: Forbidding[] = built.flatMap((entry) =>
      (entry.term.status === 'forbidden' ? [entry.term.target] : entry.term.forbidden).map((rendering) => ({ entry, rendering, rule: entry.term.case })),
    );
    for (const entry of built) {
      if (entry.term.status === 'forbidden') continue;
      const by = forbidding.find((f) => f.entry !== entry && sameRendering(entry.term.target, f.rendering, f.rule));
      if (by) ctx.report(entry, ['target'], `target "${entry.term.target}" is forbidden by the entry for "${by.entry.term.source[0]}" at line ${by.entry.line}`);
    }
  },
} satisfies LintRule;

function sameRendering(target: string, rendering: string, rule: CaseRule): boolean {
  return rule === 'sensitive' ? target === rendering : target.toLowerCase() === rendering.toLowerCase();
}
