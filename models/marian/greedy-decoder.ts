import type { PreTrainedModel } from '@huggingface/transformers';
import { startDecoderRun, type EncodedBatch, type StepResult } from './decoder-run.js';
import type { DecodedRow, Decoder, RowSettings } from './decoder.js';
import { prefixStep } from './target-prefix.js';

/** The model's special tokens, as every decoding loop treats them. */
export interface TokenRules {
  /** The token every output starts from (Marian: `<pad>`). */
  readonly startId: number;
  readonly eosId: number;
  /** Tokens never chosen (opus-mt's `bad_words_ids`: `<pad>`). */
  readonly suppressIds: readonly number[];
}

/** What decides each row's output, besides the model. */
export interface GreedyOptions extends TokenRules, Pick<RowSettings, 'minTokens' | 'maxTokens' | 'prefixes'> {}

/**
 * The choice of the step's row at `position` from its `k` best tokens (best first, ties to the
 * lower id): the first one its rules (and its prefix, while it writes one) allow, else the
 * prefix's own token; and the model's log-probability of it (of `</s>` where the row's limit
 * forces it). `column` finds a token among the step's `tokenIds`.
 */
function choose(result: StepResult, position: number, output: readonly number[], row: number, options: GreedyOptions, column: ReadonlyMap<number, number>): { id: number; logProb: number } {
  const { ids, k, logProbs, tokenLogProbs } = result as Required<StepResult>;
  const fed = (id: number) => tokenLogProbs[position * column.size + (column.get(id) as number)] as number;
  const generated = output.length;
  if (generated >= (options.maxTokens[row] ?? 0)) return { id: options.eosId, logProb: fed(options.eosId) };
  const prefix = prefixStep(options.prefixes?.[row], output);
  const mayEnd = !prefix && generated >= (options.minTokens[row] ?? 0);
  for (let i = position * k; i < (position + 1) * k; i++) {
    const id = Number(ids[i]);
    if (options.suppressIds.includes(id) || (!mayEnd && id === options.eosId)) continue;
    if (!prefix || id === prefix.next || prefix.alsoAllowed(id)) return { id, logProb: logProbs[i] as number };
  }
  if (prefix) return { id: prefix.next, logProb: fed(prefix.next) };
  throw new Error(`decodeGreedy: every one of a row's ${k} best tokens is excluded; the decoder needs a larger k`);
}

/**
 * Greedy decoding over a Marian model's ONNX sessions (the encoder and the merged decoder with
 * its key/value cache), returning each row's tokens up to its `</s>` and their log-probabilities.
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
export async function decodeGreedy(model: PreTrainedModel, inputs: EncodedBatch, options: GreedyOptions): Promise<DecodedRow[]> {
  const run = await startDecoderRun(model, inputs, 'decodeGreedy');
  const outputs = Array.from({ length: run.rows }, () => ({ tokens: [] as number[], logProbs: [] as number[] }));
  /** The batch row of each position of the session's tensors; `undefined` once that row has ended. */
  let positions: (number | undefined)[] = Array.from({ length: run.rows }, (_, r) => r);
  let last = positions.map(() => options.startId);
  // `</s>` for a forced end, the prefixes' tokens for where the model would not write them.
  const tokenIds = [...new Set([options.eosId, ...(options.prefixes ?? []).flatMap((p) => p?.fallbacks ?? [])])];
  const column = new Map(tokenIds.map((id, i) => [id, i]));
  while (positions.some((row) => row !== undefined)) {
    // The log-probabilities are the outputs' scores.
    const result = await run.step(last, { logProbs: true, tokenIds });
    const chosen = positions.map((row, i) => (row === undefined ? undefined : choose(result, i, (outputs[row] as { tokens: number[] }).tokens, row, options, column)));
    last = chosen.map((choice) => choice?.id ?? options.eosId);
    positions = positions.map((row, i) => {
      const choice = chosen[i];
      if (row === undefined || choice === undefined) return undefined;
      const output = outputs[row] as { tokens: number[]; logProbs: number[] };
      output.logProbs.push(choice.logProb);
      if (choice.id === options.eosId) return undefined;
      output.tokens.push(choice.id);
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
  return { decode: (inputs, rows) => decodeGreedy(model, inputs, { ...rules, minTokens: rows.minTokens, maxTokens: rows.maxTokens, prefixes: rows.prefixes }) };
}
