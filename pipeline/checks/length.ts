import { median, medianAbsoluteDeviation } from 'simple-statistics';
import type { Segment } from '../core/doc.js';
import type { Check } from './check.js';

/** The target/source length ratios this batch accepts. */
export interface LengthBounds {
  readonly low: number;
  readonly high: number;
}

// Added to both lengths so that short sentences (`Ja.` → `Yes.`) cannot swing the ratio wildly.
const SMOOTHING = 20;
// English runs about a tenth shorter than German: the centre when a batch is too small to learn one.
const PRIOR_RATIO = 0.9;
// Below this many sentences a batch says too little about its own spread.
const MIN_SAMPLE = 8;
// Flag beyond 3.5 robust standard deviations (MAD × 1.4826 estimates σ for normal data)...
const SPREAD_FACTOR = 3.5 * 1.4826;
// ...but never within ×/÷ 1.5 of the centre, which ordinary rephrasing reaches...
const MIN_HALF_WIDTH = Math.log(1.5);
// ...and always beyond a third or three times the source: truncation and hallucination.
const ABSOLUTE: LengthBounds = { low: 1 / 3, high: 3 };

const length = (text: string): number => [...text.trim()].length;
const logRatio = (seg: Segment): number => Math.log((length(seg.target ?? '') + SMOOTHING) / (length(seg.source) + SMOOTHING));

/** Median ± k·MAD of the batch's log length ratios, clamped to the absolute bounds. */
export function lengthBounds(segments: readonly Segment[]): LengthBounds {
  const ratios = segments.map(logRatio);
  const learned = ratios.length >= MIN_SAMPLE;
  const centre = learned ? median(ratios) : Math.log(PRIOR_RATIO);
  const halfWidth = Math.max(MIN_HALF_WIDTH, learned ? SPREAD_FACTOR * medianAbsoluteDeviation(ratios) : 0);
  return {
    low: Math.max(ABSOLUTE.low, Math.exp(centre - halfWidth)),
    high: Math.min(ABSOLUTE.high, Math.exp(centre + halfWidth)),
  };
}

const targetLength = (ratio: number, sourceLength: number): number =>
  Math.max(0, Math.round(ratio * (sourceLength + SMOOTHING) - SMOOTHING));

/**
 * A target much shorter or longer than the batch's sentences usually are: truncated long
 * sentences, or hallucinated text after a short one.
 */
export default {
  id: 'length',
  severity: 'warning',
  prepare: lengthBounds,
  run(seg, ctx) {
    const ratio = Math.exp(logRatio(seg));
    if (ratio >= ctx.stats.low && ratio <= ctx.stats.high) return;
    const sourceLength = length(seg.source);
    const expected = `${targetLength(ctx.stats.low, sourceLength)}–${targetLength(ctx.stats.high, sourceLength)}`;
    ctx.report(seg, `Target has ${length(seg.target ?? '')} characters for a ${sourceLength}-character source; expected ${expected}`);
  },
} satisfies Check<LengthBounds>;
