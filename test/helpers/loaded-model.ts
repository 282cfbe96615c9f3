import { AutoModelForSeq2SeqLM, AutoTokenizer, Tensor, type PreTrainedModel, type PreTrainedTokenizer } from '@huggingface/transformers';
import type { DecodedRow } from '../../models/marian/decoder.js';
import { topKModelDir } from '../../models/marian/top-k-decoder.js';

/** A model directory's tokenizer and model (fp32 unless told), loaded by transformers.js from disk only. */
export interface LoadedModel {
  readonly tokenizer: PreTrainedTokenizer;
  readonly model: PreTrainedModel;
}

export async function loadModel(dir: string, dtype: 'fp32' | 'q8' = 'fp32'): Promise<LoadedModel> {
  const offline = { local_files_only: true } as const;
  const [tokenizer, model] = await Promise.all([
    AutoTokenizer.from_pretrained(dir, offline),
    AutoModelForSeq2SeqLM.from_pretrained(dir, { ...offline, dtype, device: 'cpu' }),
  ]);
  return { tokenizer, model };
}

/** Loads `dir` as Lektor does: the decoder from its derived copy (`topKModelDir`), which Lektor's decoding loops need. */
export async function loadDerivedModel(dir: string, derivedRoot: string, dtype: 'fp32' | 'q8' = 'fp32'): Promise<LoadedModel> {
  return loadModel(await topKModelDir(dir, dtype, derivedRoot), dtype);
}

/** `texts` as the encoder's input, padded to one length. */
export function encodeTexts({ tokenizer }: LoadedModel, texts: readonly string[]): { input_ids: Tensor; attention_mask: Tensor } {
  return tokenizer([...texts], { padding: true }) as { input_ids: Tensor; attention_mask: Tensor };
}

/** Each decoded row's tokens alone: what the decoding-loop tests compare. */
export function tokensOf(rows: readonly DecodedRow[]): number[][] {
  return rows.map((row) => [...row.tokens]);
}

const logSoftmax = (logits: ArrayLike<number>): number[] => {
  const values = Array.from(logits);
  const max = Math.max(...values);
  const norm = max + Math.log(values.reduce((sum, x) => sum + Math.exp(x - max), 0));
  return values.map((x) => x - norm);
};

/**
 * The log-probability of each of `tokens` and of a `</s>` after them, for the translation of
 * `text`, from transformers.js's forward pass over the model as published (no derived outputs,
 * no cache): the full logits, log-softmax taken here. What scores computed elsewhere are checked against.
 */
export async function referenceLogProbs({ model, tokenizer }: LoadedModel, text: string, tokens: readonly number[]): Promise<number[]> {
  const config = model.config as { decoder_start_token_id?: number; pad_token_id?: number; eos_token_id?: number; vocab_size?: number };
  const start = config.decoder_start_token_id ?? config.pad_token_id ?? 0;
  const eos = config.eos_token_id ?? 0;
  const inputs = tokenizer([text]) as { input_ids: Tensor; attention_mask: Tensor };
  const decoderIds = new Tensor('int64', BigInt64Array.from([start, ...tokens].map(BigInt)), [1, tokens.length + 1]);
  const { logits } = (await model({ ...inputs, decoder_input_ids: decoderIds })) as { logits: Tensor };
  const vocabulary = logits.dims.at(-1) ?? 0;
  const data = logits.data as Float32Array;
  return [...tokens, eos].map((token, t) => logSoftmax(data.subarray(t * vocabulary, (t + 1) * vocabulary))[token] as number);
}
