import { Tensor, type PreTrainedModel } from '@huggingface/transformers';
import { TOP_K } from './top-k-decoder.js';

type OrtTensor = Tensor['ort_tensor'];

interface OrtSession {
  readonly outputNames: readonly string[];
  run(feeds: Record<string, OrtTensor>, fetches: readonly string[]): Promise<Record<string, OrtTensor>>;
}

/** The encoder's input for a batch of sentences, as the tokenizer returns it (padded to one length). */
export interface EncodedBatch {
  readonly input_ids: Tensor;
  readonly attention_mask: Tensor;
}

/** What one decoder step returns per row, from the derived decoder's outputs (`TOP_K`). */
export interface StepResult {
  /** Row r's candidates are `ids[r * k, (r + 1) * k)`, best first. */
  readonly k: number;
  readonly ids: BigInt64Array;
  /** Log-probabilities of `ids`, where asked for. */
  readonly logProbs?: Float32Array;
  /** Row r's log-probabilities of the fed `tokenIds`, `tokenLogProbs[r * tokenIds.length + i]`, where asked for. */
  readonly tokenLogProbs?: Float32Array;
}

/**
 * Decoding in progress over a Marian model's ONNX sessions (the encoder and the merged decoder
 * with its key/value cache): the decoding loops (`greedy-decoder.ts`, `beam-decoder.ts`) decide
 * the tokens, this keeps the cache.
 */
export interface DecoderRun {
  /** Rows the next step runs. */
  readonly rows: number;
  /**
   * Feeds each row's last token and returns its best next tokens; with `tokenIds`, also every
   * row's log-probabilities of those ids; `logProbs` also those of the best tokens.
   */
  step(last: readonly number[], want: { readonly logProbs?: boolean; readonly tokenIds?: readonly number[] }): Promise<StepResult>;
  /**
   * Makes row i of the next step continue row `from[i]` of this one (repeats allowed: beams
   * that share a parent), by copying the self-attention cache. The encoder's rows (its states,
   * mask and the cross-attention cache) are copied too unless `sameSource` says that every row
   * keeps reading the sentence it read: beams of one sentence share them.
   */
  reorder(from: readonly number[], sameSource?: boolean): void;
}

/** Rows `keep` (in order, repeats allowed) of a tensor whose first axis is the batch, in a new buffer. */
function selectRows(tensor: OrtTensor, keep: readonly number[]): OrtTensor {
  const [rows = 0, ...rest] = tensor.dims as number[];
  const data = tensor.data as Float32Array | BigInt64Array;
  const width = rows === 0 ? 0 : data.length / rows;
  const out = new (data.constructor as Float32ArrayConstructor | BigInt64ArrayConstructor)(keep.length * width);
  keep.forEach((row, i) => (out as Float32Array).set((data as Float32Array).subarray(row * width, (row + 1) * width), i * width));
  return new Tensor(tensor.type as 'float32', out as Float32Array, [keep.length, ...rest]).ort_tensor;
}

/**
 * `selectRows` in the tensor's own buffer, for a tensor the loop alone holds (the decoder's last
 * output) and no more rows than it has: only the rows that change are copied, and no buffer the
 * size of the cache is allocated at every step. A row is overwritten once no row still to be
 * written reads it; where rows read each other in a cycle, one of them is saved first.
 */
function reorderRowsInPlace(tensor: OrtTensor, from: readonly number[]): OrtTensor {
  const [rows = 0, ...rest] = tensor.dims as number[];
  if (from.length > rows) return selectRows(tensor, from);
  const data = tensor.data as Float32Array;
  const width = rows === 0 ? 0 : data.length / rows;
  const row = (r: number) => data.subarray(r * width, (r + 1) * width);
  const pending = new Set(from.flatMap((source, target) => (source === target ? [] : [target])));
  /** How many rows still to be written read each row. */
  const readers = new Map<number, number>();
  for (const target of pending) readers.set(from[target] as number, (readers.get(from[target] as number) ?? 0) + 1);
  const saved = new Map<number, Float32Array>();
  const write = (target: number) => {
    const source = from[target] as number;
    data.set(saved.get(source) ?? row(source), target * width);
    pending.delete(target);
    readers.set(source, (readers.get(source) ?? 1) - 1);
  };
  while (pending.size > 0) {
    const free = [...pending].filter((target) => !readers.get(target));
    if (free.length > 0) {
      free.forEach(write);
      continue;
    }
    // Every row still to be written is read by another: a cycle. Saving one row's contents breaks it.
    const first = pending.values().next().value as number;
    saved.set(first, row(first).slice());
    readers.set(first, 0);
  }
  return new Tensor('float32', data.subarray(0, from.length * width), [from.length, ...rest]).ort_tensor;
}

function int64(values: readonly number[], dims: number[]): OrtTensor {
  return new Tensor('int64', BigInt64Array.from(values, (v) => BigInt(v)), dims).ort_tensor;
}

/** The encoder's states for a batch, and what the decoder's first call takes besides its input ids. */
interface Encoded {
  readonly decoder: OrtSession;
  readonly states: OrtTensor;
  /** Every layer's cache, empty. */
  readonly past: Record<string, OrtTensor>;
}

/** Runs the encoder over `inputs` and makes the decoder's empty cache. `caller` names the loop in errors. */
async function encode(model: PreTrainedModel, inputs: EncodedBatch, caller: string): Promise<Encoded> {
  const sessions = model.sessions as Record<string, OrtSession | undefined>;
  const encoder = sessions.model;
  const decoder = sessions.decoder_model_merged;
  if (!encoder || !decoder) throw new Error(`${caller}: the model has no encoder and merged decoder sessions`);
  if (!decoder.outputNames.includes(TOP_K.ids)) throw new Error(`${caller}: the decoder has no output ${TOP_K.ids}; load the model from topKModelDir`);
  const config = model.config as { decoder_attention_heads?: number; d_model?: number; decoder_layers?: number };
  const heads = config.decoder_attention_heads ?? 0;
  const headDim = (config.d_model ?? 0) / heads;
  const layers = config.decoder_layers ?? 0;
  const rows = inputs.input_ids.dims[0] ?? 0;

  const { last_hidden_state: states } = await encoder.run({ input_ids: inputs.input_ids.ort_tensor, attention_mask: inputs.attention_mask.ort_tensor }, ['last_hidden_state']);
  if (!states) throw new Error(`${caller}: the encoder gave no last_hidden_state`);
  const empty = new Tensor('float32', new Float32Array(0), [rows, heads, 0, headDim]).ort_tensor;
  const past: Record<string, OrtTensor> = {};
  for (let i = 0; i < layers; i++) {
    for (const part of ['decoder.key', 'decoder.value', 'encoder.key', 'encoder.value']) past[`past_key_values.${i}.${part}`] = empty;
  }
  return { decoder, states, past };
}

/** Runs the encoder over `inputs` and prepares the decoder's first step, one row per sentence. `caller` names the loop in errors. */
export async function startDecoderRun(model: PreTrainedModel, inputs: EncodedBatch, caller: string): Promise<DecoderRun> {
  const encoded = await encode(model, inputs, caller);
  const { decoder } = encoded;
  let encoderStates = encoded.states;
  let encoderMask = inputs.attention_mask.ort_tensor;
  let past = encoded.past;
  let steps = 0;

  return {
    get rows() {
      return encoderMask.dims[0] ?? 0;
    },
    async step(last, want) {
      const first = steps++ === 0;
      // The cross-attention cache is the first step's; later steps return it empty, and it is not fetched.
      const cached = Object.keys(past).filter((name) => first || !name.includes('.encoder.'));
      const fetch = [TOP_K.ids, ...(want.logProbs ? [TOP_K.logProbs] : []), ...(want.tokenIds ? [TOP_K.tokenLogProbs] : [])];
      const result = await decoder.run(
        {
          encoder_attention_mask: encoderMask,
          input_ids: int64(last, [last.length, 1]),
          encoder_hidden_states: encoderStates,
          ...past,
          use_cache_branch: new Tensor('bool', [!first], [1]).ort_tensor,
          [TOP_K.tokenIds]: int64(want.tokenIds ?? [], [want.tokenIds?.length ?? 0]),
        },
        [...fetch, ...cached.map((name) => name.replace('past_key_values', 'present'))],
      );
      past = { ...past, ...Object.fromEntries(cached.map((name) => [name, result[name.replace('past_key_values', 'present')] as OrtTensor])) };
      const top = result[TOP_K.ids] as OrtTensor;
      return {
        k: top.dims[2] ?? 0,
        ids: top.data as BigInt64Array,
        logProbs: result[TOP_K.logProbs]?.data as Float32Array | undefined,
        tokenLogProbs: result[TOP_K.tokenLogProbs]?.data as Float32Array | undefined,
      };
    },
    reorder(from, sameSource = false) {
      const reordered = (name: string, tensor: OrtTensor) => {
        if (name.includes('.decoder.')) return reorderRowsInPlace(tensor, from);
        return sameSource ? tensor : selectRows(tensor, from);
      };
      past = Object.fromEntries(Object.entries(past).map(([name, tensor]) => [name, reordered(name, tensor)]));
      if (sameSource) return;
      encoderMask = selectRows(encoderMask, from);
      encoderStates = selectRows(encoderStates, from);
    },
  };
}

/**
 * The model's log-probability of each row's `outputs` tokens and of a `</s>` after them (as a
 * `DecodedRow` has them), read off one decoder call over the whole outputs without the cache
 * (teacher forcing): how outputs chosen where the log-probabilities cannot be seen (the loop
 * inside ONNX Runtime) are scored. The call's logits are rows × longest output × vocabulary:
 * callers keep batches small.
 */
export async function teacherForcedLogProbs(
  model: PreTrainedModel,
  inputs: EncodedBatch,
  outputs: readonly (readonly number[])[],
  tokens: { readonly startId: number; readonly eosId: number },
): Promise<number[][]> {
  const { decoder, states, past } = await encode(model, inputs, 'teacherForcedLogProbs');
  const width = Math.max(...outputs.map((row) => row.length)) + 1;
  // Each row reads the start token and its output; what follows a row's end is never read.
  const fed = outputs.flatMap((row) => [tokens.startId, ...row, ...Array<number>(width - 1 - row.length).fill(tokens.startId)]);
  const tokenIds = [...new Set([tokens.eosId, ...outputs.flat()])];
  const column = new Map(tokenIds.map((token, i) => [token, i]));
  const result = await decoder.run(
    {
      encoder_attention_mask: inputs.attention_mask.ort_tensor,
      input_ids: int64(fed, [outputs.length, width]),
      encoder_hidden_states: states,
      ...past,
      use_cache_branch: new Tensor('bool', [false], [1]).ort_tensor,
      [TOP_K.tokenIds]: int64(tokenIds, [tokenIds.length]),
    },
    [TOP_K.tokenLogProbs],
  );
  const logProbs = result[TOP_K.tokenLogProbs]?.data as Float32Array;
  return outputs.map((row, r) =>
    [...row, tokens.eosId].map((token, t) => logProbs[(r * width + t) * tokenIds.length + (column.get(token) as number)] as number),
  );
}
