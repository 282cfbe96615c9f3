import { targetScores } from '../core/doc.js';
import type { Check } from './check.js';

/** A found confidence rounds down, so it never shows as the threshold it fell short of. */
const found = (confidence: number): string => `${Math.floor(confidence * 100)}%`;
const expected = (threshold: number): string => `${Number((threshold * 100).toFixed(1))}%`;

/**
 * A sentence the model itself was unsure of: its confidence (`Segment.confidence`) below
 * `qa.minConfidence`, with the words it was least sure of, so a reviewer knows where to look. A
 * reviewed sentence is a person's English, not the model's, and an unscored one says nothing.
 */
export default {
  id: 'low-confidence',
  severity: 'warning',
  run(seg, ctx) {
    const scores = targetScores(seg);
    if (!scores || scores.confidence >= ctx.settings.minConfidence) return;
    const words = scores.lowConfidence.map(({ start, end }) => `\`${(seg.target ?? '').slice(start, end)}\``);
    const unsure = words.length > 0 ? ` (unsure of ${words.join(', ')})` : '';
    ctx.report(seg, `Model confidence ${found(scores.confidence)}${unsure}; expected at least ${expected(ctx.settings.minConfidence)}`);
  },
} satisfies Check;
