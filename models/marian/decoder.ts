import type { EncodedBatch } from './decoder-run.js';

/** What a decoding loop is told per row of a batch. */
export interface RowSettings {
  /** Per row: `</s>` is not chosen before this many output tokens. */
  readonly minTokens: readonly number[];
  /** Per row: after this many output tokens `</s>` is forced. */
  readonly maxTokens: readonly number[];
  /** Per row: token sequences the output must contain (beam search only; none: unconstrained). */
  readonly constraints?: readonly (readonly (readonly number[])[])[];
}

/**
 * A decoding loop over a loaded model: what the Marian translator calls, so the loop (greedy,
 * beam search, or another design) can be chosen without the translator changing. Returns each
 * row's output tokens up to its `</s>`.
 */
export interface Decoder {
  decode(inputs: EncodedBatch, rows: RowSettings): Promise<number[][]>;
}
