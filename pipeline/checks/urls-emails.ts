import { find } from 'linkifyjs';
import type { Check } from './check.js';

const NOUN: Readonly<Record<string, string>> = { url: 'URL', email: 'E-mail address' };

/**
 * URLs and e-mail addresses must reach the target character for character. linkifyjs finds them
 * with the full list of top-level domains, so `tagesschau.de` counts and `z.B.` does not.
 */
export default {
  id: 'urls-emails',
  severity: 'error',
  run(seg, ctx) {
    const target = seg.target ?? '';
    const sourceLinks = find(seg.source).filter((link) => link.type in NOUN);
    const targetLinks = find(target).filter((link) => link.type in NOUN);
    for (const link of sourceLinks) {
      if (target.includes(link.value)) continue;
      const instead = targetLinks.filter((t) => t.type === link.type && !seg.source.includes(t.value)).map((t) => `\`${t.value}\``);
      const found = instead.length > 0 ? `; target has ${instead.join(', ')}` : '';
      ctx.report(seg, `${NOUN[link.type]} \`${link.value}\` missing in target${found}`);
    }
  },
} satisfies Check;
