import type { Glossary } from '../../glossary/types.js';
import type { ModelIdentity } from '../../models/translator.js';
import type { LektorConfig } from '../config.js';
import type { TranslationMemory } from '../engine/memory/memory.js';
import type { Stage } from './stage.js';
import enforceTerms from './enforce-terms.js';
import matchTerms from './match-terms.js';
import qa from './qa.js';
import maskMarkup from './mask-markup.js';
import recallMatches from './recall-matches.js';
import recallReviews from './recall-reviews.js';
import restoreMarkup from './restore-markup.js';
import segment from './segment.js';
import segmentLines from './segment-lines.js';
import translate from './translate.js';
import verifyTerms from './verify-terms.js';

/** What the stages need besides configuration, loaded (and validated) before any translation. */
export interface StageDeps {
  readonly glossary?: Glossary;
  /** People's reviews, preferred to any model's translation. */
  readonly reviews?: Pick<TranslationMemory, 'recallReviews'>;
  /** Where fuzzy matches come from, and the run's model (its machine entries are matches too). */
  readonly matches?: { readonly memory: Pick<TranslationMemory, 'fuzzy'>; readonly model: ModelIdentity };
}

/** What a segment is: a sentence found by the segmenter, or a line of the input as it stands. */
export type Segmentation = 'sentences' | 'lines';

/**
 * The stage order. Only this file knows it. Inline markup becomes placeholders before the terms
 * are enforced (which number theirs first) and comes back once the terms' are undone. Terms are
 * matched and enforced before translation and verified after it; reviewed sentences are filled in
 * just before the model is asked for the rest, then the fuzzy matches of what is left (a review
 * differing only in numbers is adapted); QA runs last so it sees repaired targets, term
 * results and markup.
 */
export function buildStages(config: LektorConfig, deps: StageDeps = {}, segmentation: Segmentation = 'sentences'): Stage[] {
  const { glossary, reviews, matches } = deps;
  return [
    segmentation === 'lines' ? segmentLines() : segment(),
    maskMarkup(),
    ...(glossary ? [matchTerms({ glossary }), enforceTerms({ glossary, strategy: config.glossary.strategy })] : []),
    ...(reviews ? [recallReviews({ reviews })] : []),
    ...(matches ? [recallMatches({ ...matches, fuzzy: config.fuzzy })] : []),
    translate({ batchSize: config.translate.batchSize }),
    ...(glossary ? [verifyTerms({ glossary })] : []),
    restoreMarkup(),
    qa(config.qa),
  ];
}
