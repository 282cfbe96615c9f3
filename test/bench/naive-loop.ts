import { pipeline, type Tensor } from '@huggingface/transformers';
import { forceLengths, targetLength } from './forced-length.js';

export interface NaiveResult {
  readonly sentences: number;
  readonly tokens: number;
  readonly loadSeconds: number;
  readonly seconds: number;
}

/**
 * What a typical transformers.js user writes: one translation pipeline, one awaited call per
 * sentence, greedy, each output forced to the bench's target length the same way as in the engine.
 */
export async function naiveLoop(dir: string, dtype: 'fp32' | 'q8', sentences: readonly string[]): Promise<NaiveResult> {
  const loadStarted = performance.now();
  const translator = await pipeline('translation', dir, { local_files_only: true, dtype, device: 'cpu' });
  const started = performance.now();
  let tokens = 0;
  for (const sentence of sentences) {
    // The tokenizer appends `</s>`; the target length counts source tokens without it.
    const length = targetLength(((translator.tokenizer(sentence) as { input_ids: Tensor }).input_ids.dims[1] ?? 1) - 1);
    await translator(sentence, { num_beams: 1, do_sample: false, max_new_tokens: length + 1, logits_processor: forceLengths([length], 0) });
    tokens += length;
  }
  const seconds = (performance.now() - started) / 1000;
  await translator.dispose();
  return { sentences: sentences.length, tokens, loadSeconds: (started - loadStarted) / 1000, seconds };
}
