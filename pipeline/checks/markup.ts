import type { InlineMark } from '../core/doc.js';
import type { Check } from './check.js';

function lostText(mark: InlineMark, source: string): string {
  const where = mark.targetStart === undefined ? 'dropped' : 'put around the whole sentence';
  if (!mark.paired) return `${mark.type} "${mark.open}" (${where})`;
  return `${mark.type} "${mark.open}…${mark.close}" around "${source.slice(mark.start, mark.end)}" (${where})`;
}

/**
 * The model lost an inline element's placeholders: the translation was kept without that markup.
 * Says which markup, around which German, and what became of it.
 */
export default {
  id: 'markup',
  severity: 'warning',
  scope: 'translatable',
  run(seg, ctx) {
    const lost = (seg.marks ?? []).filter((m) => m.lost);
    if (lost.length > 0) ctx.report(seg, `Markup lost in translation: ${lost.map((m) => lostText(m, seg.source)).join('; ')}; expected it in the target`);
  },
} satisfies Check;
