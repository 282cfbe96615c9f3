import type { PreTrainedModel } from '@huggingface/transformers';
import { startDecoderRun, type EncodedBatch } from './decoder-run.js';
import type { Decoder, RowSettings } from './decoder.js';

/** The model's special tokens, as every decoding loop treats them. */
export interface TokenRules {
  /** The token every output starts from (Marian: `<pad>`). */
  readonly startId: number;
  readonly eosId: number;
  /** Tokens never chosen (opus-mt's `bad_words_ids`: `<pad>`). */
  readonly suppressIds: readonly number[];
}

/** What decides each row's output, besides the model. */
export interface GreedyOptions extends TokenRules, Pick<RowSettings, 'minTokens' | 'maxTokens'> {}

/**
 * The row's choice from its `k` best tokens (`ids[start, start + k)`, best first, ties to the
 * lower id): the first one its rules allow.
 */
function choose(ids: BigInt64Array, start: number, k: number, generated: number, row: number, options: GreedyOptions): number {
  if (generated >= (options.maxTokens[row] ?? 0)) return options.eosId;
  const mayEnd = generated >= (options.minTokens[row] ?? 0);
  for (let i = start; i < start + k; i++) {
    const id = Number(ids[i]);
    if (!options.suppressIds.includes(id) && (mayEnd || id !== options.eosId)) return id;
  }
  throw new Error(`decodeGreedy: every one of a row's ${k} best tokens is excluded; the decoder needs a larger k`);
}

/**
 * Greedy decoding over a Marian model's ONNX sessions (the encoder and the merged decoder with
 * its key/value cache), returning each row's tokens up to its `</s>`.
 *
 * Why not transformers.js's `generate`: it keeps running rows that have finished until the
 * longest row of the batch ends (a batch costs rows × longest output), and post-processes the
 * whole [rows × vocabulary] logits in JavaScript at every step. Here finished rows leave the
 * batch (their cache rows are dropped once a quarter of the batch has finished, since dropping
 * copies the cache), so steps compute little beyond the rows still writing; the decoder (derived
 * by `topKModelDir`) returns each row's few best tokens, and the logits never leave ONNX Runtime.
 * Greedy choices are the same as `generate`'s with `num_beams: 1`, `bad_words_ids` =
 * `suppressIds` and `forced_eos_token_id`.
 */
export async function decodeGreedy(model: PreTrainedModel, inputs: EncodedBatch, options: GreedyOptions): Promise<number[][]> {
  const run = await startDecoderRun(model, inputs, 'decodeGreedy');
  const outputs: number[][] = Array.from({ length: run.rows }, () => []);
  /** The batch row of each position of the session's tensors; `undefined` once that row has ended. */
  let positions: (number | undefined)[] = Array.from({ length: run.rows }, (_, r) => r);
  let last = positions.map(() => options.startId);
  for (let step = 0; positions.some((row) => row !== undefined); step++) {
    const { ids, k } = await run.step(last, {});
    last = positions.map((row, i) => (row === undefined ? options.eosId : choose(ids, i * k, k, step, row, options)));
    positions = positions.map((row, i) => {
      if (row === undefined || last[i] === options.eosId) return undefined;
      outputs[row]?.push(last[i] as number);
      return row;
    });

    // Dropping ended rows copies the whole cache, so it waits until a quarter of the rows have ended.
    const keep = positions.flatMap((row, i) => (row === undefined ? [] : [i]));
    if (keep.length > 0 && (positions.length - keep.length) * 4 >= positions.length) {
      run.reorder(keep);
      positions = keep.map((i) => positions[i]);
      last = keep.map((i) => last[i] as number);
    }
  }
  return outputs;
}

/** `decodeGreedy` as a `Decoder`; rows' constraints are not its business (the translator sends those to beam search). */
export function greedyDecoder(model: PreTrainedModel, rules: TokenRules): Decoder {
  return { decode: (inputs, rows) => decodeGreedy(model, inputs, { ...rules, minTokens: rows.minTokens, maxTokens: rows.maxTokens }) };
}
