import { Tensor, type PreTrainedModel } from '@huggingface/transformers';
import { TOP_K } from './top-k-decoder.js';

/** What decides each row's output, besides the model. */
export interface GreedyOptions {
  /** The token every output starts from (Marian: `<pad>`). */
  readonly startId: number;
  readonly eosId: number;
  /** Tokens never chosen (opus-mt's `bad_words_ids`: `<pad>`). */
  readonly suppressIds: readonly number[];
  /** Per row: `</s>` is not chosen before this many output tokens. */
  readonly minTokens: readonly number[];
  /** Per row: after this many output tokens `</s>` is forced. */
  readonly maxTokens: readonly number[];
}

type OrtTensor = Tensor['ort_tensor'];

interface OrtSession {
  readonly outputNames: readonly string[];
  run(feeds: Record<string, OrtTensor>, fetches: readonly string[]): Promise<Record<string, OrtTensor>>;
}

/** Rows `keep` (in order) of a tensor whose first axis is the batch. */
function selectRows(tensor: OrtTensor, keep: readonly number[]): OrtTensor {
  const [rows = 0, ...rest] = tensor.dims as number[];
  const data = tensor.data as Float32Array | BigInt64Array;
  const width = rows === 0 ? 0 : data.length / rows;
  const out = new (data.constructor as Float32ArrayConstructor | BigInt64ArrayConstructor)(keep.length * width);
  keep.forEach((row, i) => (out as Float32Array).set((data as Float32Array).subarray(row * width, (row + 1) * width), i * width));
  return new Tensor(tensor.type as 'float32', out as Float32Array, [keep.length, ...rest]).ort_tensor;
}

function int64(values: readonly number[], dims: number[]): OrtTensor {
  return new Tensor('int64', BigInt64Array.from(values, (v) => BigInt(v)), dims).ort_tensor;
}

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
export async function decodeGreedy(model: PreTrainedModel, inputs: { readonly input_ids: Tensor; readonly attention_mask: Tensor }, options: GreedyOptions): Promise<number[][]> {
  const sessions = model.sessions as Record<string, OrtSession | undefined>;
  const encoder = sessions.model;
  const decoder = sessions.decoder_model_merged;
  if (!encoder || !decoder) throw new Error('decodeGreedy: the model has no encoder and merged decoder sessions');
  if (!decoder.outputNames.includes(TOP_K.ids)) throw new Error(`decodeGreedy: the decoder has no output ${TOP_K.ids}; load the model from topKModelDir`);
  const config = model.config as { decoder_attention_heads?: number; d_model?: number; decoder_layers?: number };
  const heads = config.decoder_attention_heads ?? 0;
  const headDim = (config.d_model ?? 0) / heads;
  const layers = config.decoder_layers ?? 0;
  const rows = inputs.input_ids.dims[0] ?? 0;

  const { last_hidden_state: states } = await encoder.run({ input_ids: inputs.input_ids.ort_tensor, attention_mask: inputs.attention_mask.ort_tensor }, ['last_hidden_state']);
  if (!states) throw new Error('decodeGreedy: the encoder gave no last_hidden_state');
  let encoderStates = states;
  let encoderMask = inputs.attention_mask.ort_tensor;
  const empty = new Tensor('float32', new Float32Array(0), [rows, heads, 0, headDim]).ort_tensor;
  let past: Record<string, OrtTensor> = {};
  for (let i = 0; i < layers; i++) {
    for (const part of ['decoder.key', 'decoder.value', 'encoder.key', 'encoder.value']) past[`past_key_values.${i}.${part}`] = empty;
  }

  const outputs: number[][] = Array.from({ length: rows }, () => []);
  /** The batch row of each position of the session's tensors; `undefined` once that row has ended. */
  let positions: (number | undefined)[] = Array.from({ length: rows }, (_, r) => r);
  let last = positions.map(() => options.startId);
  for (let step = 0; positions.some((row) => row !== undefined); step++) {
    // The cross-attention cache is the first step's; later steps return it empty, and it is not fetched.
    const cached = Object.keys(past).filter((name) => step === 0 || !name.includes('.encoder.'));
    const result = await decoder.run(
      {
        encoder_attention_mask: encoderMask,
        input_ids: int64(last, [positions.length, 1]),
        encoder_hidden_states: encoderStates,
        ...past,
        use_cache_branch: new Tensor('bool', [step > 0], [1]).ort_tensor,
      },
      [TOP_K.ids, ...cached.map((name) => name.replace('past_key_values', 'present'))],
    );
    const ids = result[TOP_K.ids]?.data as BigInt64Array;
    last = positions.map((row, i) => (row === undefined ? options.eosId : choose(ids, i * TOP_K.k, TOP_K.k, step, row, options)));
    positions = positions.map((row, i) => {
      if (row === undefined || last[i] === options.eosId) return undefined;
      outputs[row]?.push(last[i] as number);
      return row;
    });

    past = { ...past, ...Object.fromEntries(cached.map((name) => [name, result[name.replace('past_key_values', 'present')] as OrtTensor])) };

    // Dropping ended rows copies the whole cache, so it waits until a quarter of the rows have ended.
    const keep = positions.flatMap((row, i) => (row === undefined ? [] : [i]));
    if (keep.length > 0 && (positions.length - keep.length) * 4 >= positions.length) {
      past = Object.fromEntries(Object.entries(past).map(([name, tensor]) => [name, selectRows(tensor, keep)]));
      encoderMask = selectRows(encoderMask, keep);
      encoderStates = selectRows(encoderStates, keep);
      positions = keep.map((i) => positions[i]);
      last = keep.map((i) => last[i] as number);
    }
  }
  return outputs;
}
