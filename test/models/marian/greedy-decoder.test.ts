import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Tensor } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBenchModel } from '../../../models/generate/bench-model.js';
import { decodeGreedy, type GreedyOptions } from '../../../models/marian/greedy-decoder.js';
import { TOP_K } from '../../../models/marian/top-k-decoder.js';
import { encodeTexts, loadDerivedModel, loadModel, tokensOf, type LoadedModel } from '../../helpers/loaded-model.js';
import { DECODER_SENTENCES, RANDOM_DIMS } from '../../helpers/decoder-sentences.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';

function options({ model }: LoadedModel, rows: number, minTokens: number, maxTokens: number): GreedyOptions {
  const pad = (model.config as { pad_token_id?: number }).pad_token_id ?? 0;
  return { startId: pad, eosId: 0, suppressIds: [pad], minTokens: Array(rows).fill(minTokens), maxTokens: Array(rows).fill(maxTokens) };
}

/** transformers.js's greedy `generate` on the model as published, rows cut at their first `</s>`. */
async function generateReference(dir: string, texts: readonly string[], maxTokens: number): Promise<number[][]> {
  const loaded = await loadModel(dir);
  // forced_eos_token_id spends the last of max_new_tokens on `</s>`.
  const output = (await loaded.model.generate({ ...encodeTexts(loaded, texts), num_beams: 1, do_sample: false, max_new_tokens: maxTokens + 1 })) as Tensor;
  await loaded.model.dispose();
  return (output.tolist() as bigint[][]).map((row) => {
    const ids = row.slice(1).map(Number);
    return ids.includes(0) ? ids.slice(0, ids.indexOf(0)) : ids;
  });
}

describe('decodeGreedy', () => {
  let dir: string;
  let randomDir: string;
  let tinyDir: string;
  let random: LoadedModel;
  let tiny: LoadedModel;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lektor-greedy-'));
    randomDir = join(dir, 'random');
    await writeBenchModel(randomDir, { dtype: 'fp32', dims: RANDOM_DIMS, sampleText: DECODER_SENTENCES.join(' ') });
    tinyDir = await tinyModelDir();
    const derived = join(dir, 'derived');
    [random, tiny] = await Promise.all([loadDerivedModel(randomDir, derived), loadDerivedModel(tinyDir, derived)]);
  });

  afterAll(async () => {
    await Promise.all([random?.model.dispose(), tiny?.model.dispose()]);
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['the tiny model, which ends every row by itself', () => [tiny, tinyDir] as const, 40],
    ['a random model, whose rows run to the limit', () => [random, randomDir] as const, 9],
  ])('chooses what transformers.js generate chooses on the published decoder: %s', async (_, get, maxTokens) => {
    const [loaded, published] = get();
    const ours = tokensOf(await decodeGreedy(loaded.model, encodeTexts(loaded, DECODER_SENTENCES), options(loaded, DECODER_SENTENCES.length, 0, maxTokens)));
    expect(ours).toEqual(await generateReference(published, DECODER_SENTENCES, maxTokens));
  });

  it('gives every row exactly its own length, dropping rows as they end', async () => {
    const lengths = [3, 11, 1, 7];
    const inputs = encodeTexts(random, DECODER_SENTENCES);
    const ours = tokensOf(await decodeGreedy(random.model, inputs, { ...options(random, 4, 0, 0), minTokens: lengths, maxTokens: lengths }));
    expect(ours.map((row) => row.length)).toEqual(lengths);
    // A row that ended early does not change the others: each equals its own run alone.
    for (const [i, sentence] of DECODER_SENTENCES.entries()) {
      const alone = tokensOf(await decodeGreedy(random.model, encodeTexts(random, [sentence]), { ...options(random, 1, 0, 0), minTokens: [lengths[i] as number], maxTokens: [lengths[i] as number] }));
      expect(alone[0], sentence).toEqual(ours[i]);
    }
  });

  it('keeps `</s>` out until minTokens and never chooses a suppressed token', async () => {
    const inputs = encodeTexts(tiny, ['Lüttich']);
    const [free] = tokensOf(await decodeGreedy(tiny.model, inputs, options(tiny, 1, 0, 20)));
    const [held] = tokensOf(await decodeGreedy(tiny.model, inputs, options(tiny, 1, 6, 20)));
    expect(free?.length).toBeLessThan(6);
    expect(held).toHaveLength(6);
    expect(held?.slice(0, free?.length)).toEqual(free);
    const pad = (tiny.model.config as { pad_token_id?: number }).pad_token_id ?? 0;
    expect(held).not.toContain(pad);
  });

  it('fails clearly when every one of the best tokens is excluded', async () => {
    const vocabulary = (tiny.model.config as { vocab_size?: number }).vocab_size ?? 0;
    const everything = Array.from({ length: vocabulary }, (_, id) => id);
    await expect(decodeGreedy(tiny.model, encodeTexts(tiny, ['Lüttich']), { ...options(tiny, 1, 0, 20), suppressIds: everything })).rejects.toThrow(
      "best tokens is excluded",
    );
  });

  it('refuses a decoder as published, which returns no best tokens', async () => {
    const published = await loadModel(tinyDir);
    await expect(decodeGreedy(published.model, encodeTexts(published, ['Lüttich']), options(published, 1, 0, 20))).rejects.toThrow(`the decoder has no output ${TOP_K.ids}`);
    await published.model.dispose();
  });
});
