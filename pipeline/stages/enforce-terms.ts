import { isStrategy, STRATEGIES } from '../../glossary/strategies/index.js';
import { enforcedTerms } from '../../glossary/strategies/enforced-terms.js';
import type { Glossary } from '../../glossary/types.js';
import { markEdits } from '../markup/mask-marks.js';
import { mapSegments, type Segment, type TermStrategy } from '../core/doc.js';
import type { Stage } from './stage.js';

export interface EnforceTermsOptions {
  readonly glossary: Glossary;
  /**
   * How approved terms reach the translation: `inline` writes the English into the German,
   * `mask` swaps in placeholders, `verify` leaves the source alone.
   * @default 'inline'
   */
  readonly strategy?: TermStrategy;
}

/**
 * Rewrites each segment's model input so the model produces the glossary's English, and records
 * the strategy on every hit for `verify-terms`.
 */
export default function enforceTerms(options: EnforceTermsOptions): Stage {
  const strategy = options.strategy ?? 'inline';
  if (!isStrategy(strategy)) {
    throw new TypeError(`enforceTerms: strategy must be one of ${Object.keys(STRATEGIES).join(', ')}, got "${String(strategy)}"`);
  }
  if (!options.glossary) throw new TypeError('enforceTerms: options.glossary is required');
  const terms = new Map(options.glossary.terms.map((t) => [t.id, t]));
  return async (doc) =>
    mapSegments(doc, (segment): Segment => {
      if (!segment.terms?.length || !segment.translatable) return segment;
      // Markup placeholders are numbered after the terms', so they are made again with them.
      const modelInput = STRATEGIES[strategy].prepare(segment.source, enforcedTerms(segment.terms, terms), markEdits(segment));
      return { ...segment, terms: segment.terms.map((h) => ({ ...h, strategy })), ...(modelInput === undefined ? {} : { modelInput }) };
    });
}
