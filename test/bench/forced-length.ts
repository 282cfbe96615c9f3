import { LogitsProcessor, LogitsProcessorList, type Tensor } from '@huggingface/transformers';
import type { OutputLength } from '../../models/marian/marian.js';

/** How long the bench makes a translation: 1.2 target tokens per source token, as German → English news runs. */
export const TARGET_PER_SOURCE_TOKEN = 1.2;

/** Target tokens (without `</s>`) for a source of `sourceTokens` tokens (without `</s>`). */
export function targetLength(sourceTokens: number): number {
  return Math.max(1, Math.round(TARGET_PER_SOURCE_TOKEN * sourceTokens));
}

/** Lektor's translator forced the same way: `sourceTokens` counts the `</s>` it reads. */
export const forcedOutputLength: OutputLength = (sourceTokens) => {
  const length = targetLength(sourceTokens - 1);
  return { min: length, max: length };
};

/**
 * For transformers.js's `generate` (the naive loop): makes row r of a greedy batch exactly `lengths[r]` tokens long: `</s>` is forbidden before,
 * and forced at and after that length (a finished row keeps emitting `</s>`, so generation
 * stops when the longest row ends). Random weights never stop by themselves, so the bench forces
 * every output's length, in the naive loop with this and in Lektor's engine with `forcedOutputLength`.
 */
export class ForcedLengthProcessor extends LogitsProcessor {
  constructor(
    private readonly lengths: readonly number[],
    private readonly eosId: number,
  ) {
    super();
  }

  override _call(inputIds: bigint[][], logits: Tensor): Tensor {
    const data = logits.data as Float32Array;
    const vocab = logits.dims.at(-1) ?? 0;
    inputIds.forEach((ids, row) => {
      // ids[0] is the decoder start token, not output.
      const generated = ids.length - 1;
      const start = row * vocab;
      if (generated < (this.lengths[row] ?? 0)) {
        data[start + this.eosId] = -Infinity;
      } else {
        data.fill(-Infinity, start, start + vocab);
        data[start + this.eosId] = 0;
      }
    });
    return logits;
  }
}

/** The `logits_processor` argument of `generate` that forces row r to `lengths[r]` tokens. */
export function forceLengths(lengths: readonly number[], eosId: number): LogitsProcessorList {
  const list = new LogitsProcessorList();
  list.push(new ForcedLengthProcessor(lengths, eosId));
  return list;
}
