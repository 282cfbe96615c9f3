import { AutoModelForSeq2SeqLM, AutoTokenizer, type PreTrainedModel, type PreTrainedTokenizer, type Tensor } from '@huggingface/transformers';
import { topKModelDir } from '../../models/top-k-decoder.js';

/** A model directory's tokenizer and fp32 model, loaded by transformers.js from disk only. */
export interface LoadedModel {
  readonly tokenizer: PreTrainedTokenizer;
  readonly model: PreTrainedModel;
}

export async function loadModel(dir: string): Promise<LoadedModel> {
  const offline = { local_files_only: true } as const;
  const [tokenizer, model] = await Promise.all([
    AutoTokenizer.from_pretrained(dir, offline),
    AutoModelForSeq2SeqLM.from_pretrained(dir, { ...offline, dtype: 'fp32', device: 'cpu' }),
  ]);
  return { tokenizer, model };
}

/** Loads `dir` as Lektor does: the decoder from its derived copy (`topKModelDir`), which Lektor's decoding loops need. */
export async function loadDerivedModel(dir: string, derivedRoot: string): Promise<LoadedModel> {
  return loadModel(await topKModelDir(dir, 'fp32', derivedRoot));
}

/** `texts` as the encoder's input, padded to one length. */
export function encodeTexts({ tokenizer }: LoadedModel, texts: readonly string[]): { input_ids: Tensor; attention_mask: Tensor } {
  return tokenizer([...texts], { padding: true }) as { input_ids: Tensor; attention_mask: Tensor };
}
