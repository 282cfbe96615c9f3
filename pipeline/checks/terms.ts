import type { Check } from './check.js';

/**
 * Glossary terms as the glossary stage left them (`seg.terms`): a required English term that is
 * not in the target, or a forbidden variant that is. Do-not-translate terms that went missing
 * are `dnt`'s to report; a forbidden variant is reported here whatever the term's kind.
 */
export default {
  id: 'terms',
  severity: 'error',
  run(seg, ctx) {
    for (const hit of seg.terms ?? []) {
      if (!hit.found && !hit.dnt) ctx.report(seg, `Term \`${hit.text}\` not translated as \`${hit.expected}\``);
      for (const variant of hit.forbidden ?? []) {
        ctx.report(seg, `Forbidden variant \`${variant}\` in target; term \`${hit.text}\` requires \`${hit.expected}\``);
      }
    }
  },
} satisfies Check;
