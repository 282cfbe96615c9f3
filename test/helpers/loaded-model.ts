import { AutoModelForSeq2SeqLM, AutoTokenizer, type PreTrainedModel, type PreTrainedTokenizer, type Tensor } from '@huggingface/transformers';
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
