import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBenchModel } from '../../../models/generate/bench-model.js';
import { greedyDecoder } from '../../../models/marian/greedy-decoder.js';
import { generationModelFile } from '../../../models/marian/ort-generation/generation-model.js';
import { openOrtDecoder, type OrtDecoder } from '../../../models/marian/ort-generation/ort-decoder.js';
import type { Decoder } from '../../../models/marian/decoder.js';
import { DECODER_SENTENCES, RANDOM_DIMS } from '../../helpers/decoder-sentences.js';
import { encodeTexts, loadDerivedModel, tokensOf, type LoadedModel } from '../../helpers/loaded-model.js';
import { teacherForcedLogProbs } from '../../../models/marian/decoder-run.js';
import type { TokenRules } from '../../../models/marian/greedy-decoder.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';

/** One model loaded both ways: Lektor's own greedy loop and the loop inside ONNX Runtime. */
interface Both extends LoadedModel {
  readonly rules: TokenRules;
  readonly own: Decoder;
  readonly ort: OrtDecoder;
}

async function loadBoth(dir: string, dtype: 'fp32' | 'q8', derived: string): Promise<Both> {
  const loaded = await loadDerivedModel(dir, derived, dtype);
  const config = loaded.model.config as { pad_token_id?: number; eos_token_id?: number; decoder_start_token_id?: number };
  const pad = config.pad_token_id ?? 0;
  const rules = { startId: config.decoder_start_token_id ?? pad, eosId: config.eos_token_id ?? 0, suppressIds: [pad] };
  const ort = await openOrtDecoder(await generationModelFile(dir, dtype, derived), { ...rules, padId: pad }, { beams: 1, lengthPenalty: 1 }, {});
  return { ...loaded, rules, own: greedyDecoder(loaded.model, rules), ort };
}

describe('openOrtDecoder (the generation loop inside ONNX Runtime)', () => {
  let dir: string;
  const loaded = new Map<string, Both>();
  const get = (name: string) => loaded.get(name) as Both;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lektor-ort-generation-'));
    const derived = join(dir, 'derived');
    const random = join(dir, 'random');
    await writeBenchModel(random, { dtype: 'fp32', dims: RANDOM_DIMS, sampleText: DECODER_SENTENCES.join(' ') });
    await writeBenchModel(random, { dtype: 'q8', dims: RANDOM_DIMS, sampleText: DECODER_SENTENCES.join(' ') });
    const tiny = await tinyModelDir();
    for (const [name, source, dtype] of [
      ['tiny', tiny, 'fp32'],
      ['tiny q8', tiny, 'q8'],
      ['random', random, 'fp32'],
      ['random q8', random, 'q8'],
    ] as const) {
      loaded.set(name, await loadBoth(source, dtype, derived));
    }
  }, 120_000);

  afterAll(async () => {
    for (const both of loaded.values()) await Promise.all([both.model.dispose(), both.ort.dispose()]);
    await rm(dir, { recursive: true, force: true });
  });

  // q8 quantizes each step's activations over the whole batch, so a row's tokens depend on the
  // rows still running: Lektor's loop drops rows that ended, the operator carries them. Rows that
  // end together run alike in both.
  it.each([
    ['tiny', [40, 9, 25, 3]],
    ['tiny q8', [40, 40, 40, 40]],
    ['random', [40, 9, 25, 3]],
    ['random q8', [12, 12, 12, 12]],
  ])('chooses the tokens of Lektor’s own greedy loop: %s, limits %j', async (name, maxTokens) => {
    const both = get(name);
    const rows = { minTokens: [0, 0, 0, 0], maxTokens };
    const own = tokensOf(await both.own.decode(encodeTexts(both, DECODER_SENTENCES), rows));
    expect(own.map((r) => r.length).some((n) => n > 0)).toBe(true);
    expect(tokensOf(await both.ort.decode(encodeTexts(both, DECODER_SENTENCES), rows))).toEqual(own);
  });

  it('gives every row exactly its forced length, as the bench forces it', async () => {
    const both = get('random');
    const lengths = [3, 11, 1, 7];
    const rows = { minTokens: lengths, maxTokens: lengths };
    const ours = tokensOf(await both.ort.decode(encodeTexts(both, DECODER_SENTENCES), rows));
    expect(ours.map((row) => row.length)).toEqual(lengths);
    expect(ours).toEqual(tokensOf(await both.own.decode(encodeTexts(both, DECODER_SENTENCES), rows)));
  });

  it('runs rows that may end early beside rows forced to their limit, each as Lektor’s own loop does', async () => {
    const tiny = get('tiny');
    const rows = { minTokens: [0, 11, 0, 7], maxTokens: [40, 11, 25, 7] };
    const ours = tokensOf(await tiny.ort.decode(encodeTexts(tiny, DECODER_SENTENCES), rows));
    expect(ours[1]).toHaveLength(11);
    expect(ours).toEqual(tokensOf(await tiny.own.decode(encodeTexts(tiny, DECODER_SENTENCES), rows)));
  });

  it('keeps `</s>` out until the minimum and never writes a suppressed token', async () => {
    const tiny = get('tiny');
    const [free] = tokensOf(await tiny.ort.decode(encodeTexts(tiny, ['Lüttich']), { minTokens: [0], maxTokens: [20] }));
    const [held] = tokensOf(await tiny.ort.decode(encodeTexts(tiny, ['Lüttich']), { minTokens: [6], maxTokens: [20] }));
    expect(free?.length).toBeLessThan(6);
    expect(held).toHaveLength(6);
    expect(held?.slice(0, free?.length)).toEqual(free);
    expect(held).not.toContain((tiny.model.config as { pad_token_id?: number }).pad_token_id);
  });

  it('translates a sentence alone as inside a batch of other lengths', async () => {
    const random = get('random');
    const limits = (n: number) => ({ minTokens: Array(n).fill(0), maxTokens: Array(n).fill(12) });
    const batch = await random.ort.decode(encodeTexts(random, DECODER_SENTENCES), limits(DECODER_SENTENCES.length));
    for (const [i, sentence] of DECODER_SENTENCES.entries()) {
      expect(await random.ort.decode(encodeTexts(random, [sentence]), limits(1)), sentence).toEqual([batch[i]]);
    }
  });

  // The operator gives no token's log-probability: a teacher-forced pass over its rows scores them.
  it.each([
    ['tiny', [40, 9, 25, 3]],
    ['random', [40, 9, 25, 3]],
  ])('its rows scored in a teacher-forced pass get the log-probabilities Lektor’s own loop sees while it writes: %s, limits %j', async (name, maxTokens) => {
    const both = get(name);
    const rows = { minTokens: [0, 0, 0, 0], maxTokens };
    const own = await both.own.decode(encodeTexts(both, DECODER_SENTENCES), rows);
    const ours = tokensOf(await both.ort.decode(encodeTexts(both, DECODER_SENTENCES), rows));
    const scored = await teacherForcedLogProbs(both.model, encodeTexts(both, DECODER_SENTENCES), ours, both.rules);
    expect(scored.map((row) => row.length)).toEqual(own.map((row) => row.tokens.length + 1));
    scored.forEach((row, r) => row.forEach((logProb, t) => expect(logProb).toBeCloseTo(own[r]?.logProbs?.[t] ?? NaN, 3)));
  });

  it('refuses constraints, which only Lektor’s own beam search can meet', async () => {
    const tiny = get('tiny');
    await expect(tiny.ort.decode(encodeTexts(tiny, ['Lüttich']), { minTokens: [0], maxTokens: [5], constraints: [[[5]]] })).rejects.toThrow('cannot constrain');
  });
});
