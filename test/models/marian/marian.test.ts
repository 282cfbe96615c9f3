import fs from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultOutputLength, loadMarianTranslator, searchCalls, type MarianOptions } from '../../../models/marian/marian.js';
import type { Translator } from '../../../models/translator.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';

/** The model cache: it holds no hub model, and receives the derived decoders. */
const CACHE = await mkdtemp(path.join(tmpdir(), 'lektor-cache-'));

const base = (over: Partial<MarianOptions>): MarianOptions => ({
  id: 'Xenova/opus-mt-de-en',
  cacheDir: CACHE,
  offline: true,
  dtype: 'fp32',
  threads: 1,
  cwd: process.cwd(),
  ...over,
});

describe('loadMarianTranslator on the generated model', () => {
  let translator: Translator;
  beforeAll(async () => {
    translator = await loadMarianTranslator(base({ id: await tinyModelDir() }));
  });
  afterAll(() => translator.dispose());

  it('translates a batch, one output per input, in order', async () => {
    const out = await translator.translate(['Geheimdienst überwacht Logistikzentrum', 'Der Verdacht: Mögliche Spionage.']);
    expect(out).toEqual(['intelligence service monitors logistics centre', 'The suspicion: Possible espionage.']);
  });

  it('gives a sentence the same output alone and in a padded batch', async () => {
    const short = 'Der Verdacht: Mögliche Spionage.';
    const long = 'Der belgische Geheimdienst hat einem Medienbericht zufolge das wichtigste europäische Logistik-Drehkreuz überwacht.';
    const [alone] = await translator.translate([short]);
    const batched = await translator.translate([long, short]);
    expect(batched[1]).toBe(alone);
  });

  it('measures an input in its tokens, `</s>` included', () => {
    // The generated vocabulary has a piece per word and punctuation mark: Der|Verdacht|:|Mögliche|Spionage|.|</s>
    expect(translator.inputLength?.('Der Verdacht: Mögliche Spionage.')).toBe(7);
    expect(translator.inputLength?.('Spionage')).toBe(2);
  });

  it('counts generated target tokens', () => {
    expect(translator.generatedTokens?.()).toBeGreaterThan(0);
  });
});

describe('loadMarianTranslator with beam search and required terms', () => {
  const SENTENCES = ['Geheimdienst überwacht Logistikzentrum', 'Der Verdacht: Mögliche Spionage.', 'Lüttich'];
  let greedy: Translator;
  let beams: Translator;
  beforeAll(async () => {
    const id = await tinyModelDir();
    [greedy, beams] = await Promise.all([loadMarianTranslator(base({ id })), loadMarianTranslator(base({ id, beams: 4 }))]);
  });
  afterAll(() => Promise.all([greedy.dispose(), beams.dispose()]));

  it('translates the lookup model alike with 1 and 4 beams', async () => {
    expect(await beams.translate(SENTENCES)).toEqual(await greedy.translate(SENTENCES));
  });

  it('writes a required term; sentences without terms decode as without the feature', async () => {
    const free = await greedy.translate(SENTENCES);
    const bound = await greedy.translate(SENTENCES, [[], ['intelligence service'], []]);
    expect(free[1]).not.toContain('intelligence service');
    expect(bound[1]).toContain('intelligence service');
    expect([bound[0], bound[2]]).toEqual([free[0], free[2]]);
  });

  it('searches a batch in calls of batch / beams sentences, each sentence with its own terms, as it would alone', async () => {
    const batch = [...SENTENCES, ...SENTENCES];
    const required = [[], ['intelligence service'], [], [], ['intelligence service'], ['Liège']];
    const alone = await Promise.all(batch.map(async (s, i) => (await beams.translate([s], [required[i] ?? []]))[0]));
    expect(await beams.translate(batch, required)).toEqual(alone);
  });

  it.each([
    [10, 8, 4, [[0, 2], [2, 2], [4, 2], [6, 2], [8, 2]]],
    [10, 32, 1, [[0, 10]]],
    [3, 3, 4, [[0, 1], [1, 1], [2, 1]]],
    [0, 32, 4, []],
  ])('searchCalls: %i sentences of a batch of %i, %i beams wide → calls %j (start, size)', (count, batchSize, width, calls) => {
    const items = Array.from({ length: count }, (_, i) => i);
    expect(searchCalls(items, batchSize, width).map(([at, part]) => [at, part.length])).toEqual(calls);
    expect(searchCalls(items, batchSize, width).flatMap(([, part]) => part)).toEqual(items);
  });

  it('refuses a beam wider than the decoder can serve', async () => {
    await expect(loadMarianTranslator(base({ id: await tinyModelDir(), beams: 13 }))).rejects.toThrow('beams must be an integer from 1 to 12, got 13');
  });
});

describe('where greedy decoding runs by default', () => {
  /** The generation models the translator has built in its cache (`generation.onnx` in `.derived/`). */
  const generationModels = (cacheDir: string) =>
    fs.existsSync(path.join(cacheDir, '.derived')) ? fs.readdirSync(path.join(cacheDir, '.derived'), { recursive: true }).map(String).filter((file) => file.endsWith('generation.onnx')) : [];

  it('scores in Lektor’s loop without opening ONNX Runtime’s, and opens that for the first plain call', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'lektor-cache-default-'));
    const id = await tinyModelDir();
    const sentences = ['Geheimdienst überwacht Logistikzentrum', 'Der Verdacht: Mögliche Spionage.'];
    const translator = await loadMarianTranslator(base({ id, cacheDir }));
    const forced = await loadMarianTranslator(base({ id, cacheDir: await mkdtemp(path.join(tmpdir(), 'lektor-cache-ort-')), greedyLoop: 'onnx-runtime' }));
    try {
      const scored = await translator.translateScored?.(sentences);
      expect(generationModels(cacheDir)).toEqual([]);
      // The same tokens and scores as ONNX Runtime's loop scored teacher-forced.
      expect(scored).toEqual(await forced.translateScored?.(sentences));
      const plain = await translator.translate(sentences);
      expect(generationModels(cacheDir)).toHaveLength(1);
      expect(plain).toEqual(scored?.map((t) => t.text));
    } finally {
      await Promise.all([translator.dispose(), forced.dispose()]);
    }
  });
});

describe('loadMarianTranslator reading the model files', () => {
  it('leaves the ONNX files to ONNX Runtime: JavaScript streams none of them', async () => {
    const opened = vi.spyOn(fs, 'createReadStream');
    try {
      // Lektor's own loop: the sessions load with the translator.
      const translator = await loadMarianTranslator(base({ id: await tinyModelDir(), greedyLoop: 'lektor' }));
      await translator.dispose();
      expect(opened.mock.calls.map(([file]) => String(file)).filter((file) => file.endsWith('.onnx'))).toEqual([]);
    } finally {
      opened.mockRestore();
    }
  });
});

describe('model not available', () => {
  it('names the hub model, where it looked and the pull command', async () => {
    await expect(loadMarianTranslator(base({}))).rejects.toThrow(
      `model "Xenova/opus-mt-de-en" is not available offline (looked in ${path.join(CACHE, 'Xenova/opus-mt-de-en')}); run \`lektor models pull Xenova/opus-mt-de-en\``,
    );
  });

  it('names a missing model directory', async () => {
    await expect(loadMarianTranslator(base({ id: '/no/such/model-dir' }))).rejects.toThrow('model directory "/no/such/model-dir" not found');
  });

  it('names the missing files of an incomplete directory', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-empty-model-'));
    await expect(loadMarianTranslator(base({ id: dir, dtype: 'q8' }))).rejects.toThrow(
      `model directory "${dir}" is incomplete for dtype q8: missing config.json, generation_config.json, tokenizer.json, tokenizer_config.json, onnx/encoder_model_quantized.onnx, onnx/decoder_model_merged_quantized.onnx`,
    );
  });
});

describe('defaultOutputLength', () => {
  it('allows each sentence 2 × its source tokens + 10 output tokens', () => {
    expect(defaultOutputLength(20)).toEqual({ min: 0, max: 50 });
  });
});
