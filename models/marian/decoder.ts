import type { EncodedBatch } from './decoder-run.js';
import type { TargetPrefix } from './target-prefix.js';

/** What a decoding loop is told per row of a batch. */
export interface RowSettings {
  /** Per row: `</s>` is not chosen before this many output tokens. */
  readonly minTokens: readonly number[];
  /** Per row: after this many output tokens `</s>` is forced. */
  readonly maxTokens: readonly number[];
  /** Per row: token sequences the output must contain (beam search only; none: unconstrained). */
  readonly constraints?: readonly (readonly (readonly number[])[])[];
  /** Per row: the start the output is written with (none: the model's own). `maxTokens` must leave room for it. */
  readonly prefixes?: readonly (TargetPrefix | undefined)[];
}

/** One row's output. */
export interface DecodedRow {
  /** Up to its `</s>`, which is not among them. */
  readonly tokens: readonly number[];
  /**
   * The model's log-probability of each token where it wrote it, then of the `</s>` that ended
   * the row (forced or not), so one longer than `tokens`. Absent where the loop cannot see them
   * (the loop inside ONNX Runtime): the translator scores such rows in a pass of its own.
   */
  readonly logProbs?: readonly number[];
}

/**
 * A decoding loop over a loaded model: what the Marian translator calls, so the loop (greedy,
 * beam search, or another design) can be chosen without the translator changing.
 */
export interface Decoder {
  decode(inputs: EncodedBatch, rows: RowSettings): Promise<DecodedRow[]>;
}
