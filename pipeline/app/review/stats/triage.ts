import { sampleRankCorrelation } from 'simple-statistics';

/** A reviewed sentence whose machine draft the model scored. */
export interface ScoredReview {
  /** The model's confidence in the draft (`Segment.confidence`). */
  readonly confidence: number;
  /** The post-editing distance: word edits from the draft to the review per word of the review (the sentence's TER). */
  readonly distance: number;
  readonly edited: boolean;
  /** Whether the `low-confidence` check flagged the draft: its confidence below the run's `qa.minConfidence`. */
  readonly flagged: boolean;
}

/** Whether the model's confidence is worth triaging by, from the sentences people reviewed. */
export interface Triage {
  /** Reviewed sentences whose draft the model scored: what the figures below count. */
  readonly scored: number;
  /** Of those, the ones the `low-confidence` check flagged. */
  readonly flagged: number;
  /**
   * Spearman's rank correlation of confidence with post-editing distance, -1 to 1: the nearer -1,
   * the more reviewers changed what the model was less sure of. `null` with fewer than two scored
   * sentences or no spread in either.
   */
  readonly correlation: number | null;
  /** Of the scored sentences reviewers edited, the share the flag caught; `null` when none was edited. */
  readonly recall: number | null;
  /** Of the flagged sentences, the share reviewers edited; `null` when none was flagged. */
  readonly precision: number | null;
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export function triage(scored: readonly ScoredReview[]): Triage {
  const flagged = scored.filter((s) => s.flagged);
  const edited = scored.filter((s) => s.edited);
  const caught = flagged.filter((s) => s.edited).length;
  const rho = scored.length < 2 ? NaN : sampleRankCorrelation(scored.map((s) => s.confidence), scored.map((s) => s.distance));
  return {
    scored: scored.length,
    flagged: flagged.length,
    correlation: Number.isFinite(rho) ? rho : null,
    recall: share(caught, edited.length),
    precision: share(caught, flagged.length),
  };
}
