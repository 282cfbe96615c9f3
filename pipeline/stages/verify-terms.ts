import { enforcedTerms } from '../../glossary/strategies/enforced-terms.js';
import { STRATEGIES } from '../../glossary/strategies/index.js';
import type { Glossary } from '../../glossary/types.js';
import { createTermVerifier } from '../../glossary/verify.js';
import { markEdits } from '../markup/mask-marks.js';
import { translateScored } from '../../models/translator.js';
import { mapSegments, segmentsOf, type Flag, type Segment, type TermStrategy } from '../core/doc.js';
import { LektorError } from '../core/errors.js';
import { reviseTarget } from '../core/follow-spans.js';
import type { Stage } from './stage.js';
import { modelInputOf, modelTarget } from './translate.js';

export interface VerifyTermsOptions {
  /** The glossary `match-terms` used. */
  readonly glossary: Glossary;
}

/**
 * After translation: undoes the enforcement strategy (mask placeholders back to English; where a
 * placeholder was lost, or a constrained term is missing, the segment is translated again with
 * `inline`, flagged `term-<strategy>-fallback`), then checks every term
 * hit, repairs what is safe to repair and flags the rest. Runs after every strategy.
 */
export default function verifyTerms(options: VerifyTermsOptions): Stage {
  if (!options.glossary) throw new TypeError('verifyTerms: options.glossary is required');
  const terms = new Map(options.glossary.terms.map((t) => [t.id, t]));
  const verify = createTermVerifier(options.glossary);
  return async (doc, ctx) => {
    const restored = new Map<string, string>();
    const lost: Segment[] = [];
    for (const segment of segmentsOf(doc)) {
      if (!segment.terms?.length || segment.target === undefined || segment.origin !== 'model') continue;
      const target = STRATEGIES[strategyOf(segment)].restore(segment.target, enforcedTerms(segment.terms, terms));
      if (target === undefined) lost.push(segment);
      else restored.set(segment.id, target);
    }
    const retried = new Map<string, Segment>();
    if (lost.length > 0) {
      if (!ctx.translator) throw new LektorError('model', 'verifyTerms: no translator in the run context to translate segments again with inline terms');
      const inline = lost.map((s): Segment => {
        const strategy = strategyOf(s);
        const flag: Flag = { check: `term-${strategy}-fallback`, severity: 'info', message: STRATEGIES[strategy].fallback ?? '' };
        return {
          ...s,
          modelInput: STRATEGIES.inline.prepare(s.source, enforcedTerms(s.terms ?? [], terms), markEdits(s)),
          terms: (s.terms ?? []).map((h) => ({ ...h, strategy: 'inline' })),
          flags: [...(s.flags ?? []), flag],
        };
      });
      const outputs = await translateScored(ctx.translator, inline.map(modelInputOf));
      inline.forEach((s, i) => retried.set(s.id, modelTarget(s, outputs[i] ?? { text: '' })));
    }
    return mapSegments(doc, (original): Segment => {
      const segment = retried.get(original.id) ?? original;
      if (!segment.terms?.length || segment.target === undefined) return segment;
      // A person's text is checked, never changed.
      const check = verify(restored.get(segment.id) ?? segment.target, segment.terms, { repair: segment.origin !== 'review' });
      const flags = [...(segment.flags ?? []), ...check.flags];
      return { ...reviseTarget(segment, check.target), terms: check.terms, ...(flags.length > 0 ? { flags } : {}) };
    });
  };
}

/** The strategy `enforce-terms` gave the segment's hits (one per run). */
function strategyOf(segment: Segment): TermStrategy {
  return segment.terms?.[0]?.strategy ?? 'verify';
}
