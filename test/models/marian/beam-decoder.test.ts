import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Tensor } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBeams, type BeamOptions } from '../../../models/marian/beam-decoder.js';
import { decodeGreedy } from '../../../models/marian/greedy-decoder.js';
import { writeBenchModel } from '../../../models/generate/bench-model.js';
import { EOS, PAD, UNK, type VocabEntry } from '../../../models/generate/marian-layout.js';
import { encodeTexts, loadDerivedModel, loadModel, referenceLogProbs, tokensOf, type LoadedModel } from '../../helpers/loaded-model.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';

/** Four words and OPUS-MT's special pieces: small enough to search every output exhaustively. */
const FOUR_WORDS: VocabEntry[] = [[EOS, 0], [UNK, 0], ['▁a', -2], ['▁b', -2], ['▁c', -2], ['▁d', -2], [PAD, 0]];
const SMALL_DIMS = { dModel: 32, heads: 4, ffnDim: 64, encoderLayers: 2, decoderLayers: 2, maxPositions: 64 };
/** Random weights never choose `</s>` on their own, so outputs run to their limits and rows end at different steps. */
const RANDOM_DIMS = { ...SMALL_DIMS, vocabSize: 600, maxPositions: 256 };
const SENTENCES = [
  'Der Verdacht: Mögliche Spionage.',
  'Der belgische Geheimdienst hat das Logistikzentrum überwacht.',
  'Belgische Sicherheitsbehörden haben laut "Financial Times" das europäische Logistik-Drehkreuz des chinesischen Online-Händlers Alibaba ins Visier genommen.',
  'Lüttich',
];

function options({ model }: LoadedModel, rows: number, maxTokens: number, beams: number): BeamOptions {
  const pad = (model.config as { pad_token_id?: number }).pad_token_id ?? 0;
  return {
    startId: pad,
    eosId: 0,
    suppressIds: [pad],
    minTokens: Array(rows).fill(0),
    maxTokens: Array(rows).fill(maxTokens),
    beams,
    lengthPenalty: 1,
    repetition: { longest: 4, times: 3 },
  };
}

const logSoftmax = (logits: readonly number[]): number[] => {
  const max = Math.max(...logits);
  const norm = max + Math.log(logits.reduce((sum, x) => sum + Math.exp(x - max), 0));
  return logits.map((x) => x - norm);
};

/**
 * The best output of up to `maxTokens` tokens by exhaustive search, scored as beam search scores
 * (summed log-probabilities / length, `</s>` counted; at `maxTokens` `</s>` is forced at no cost),
 * from transformers.js's forward pass over the model as published: every prefix of each length
 * in one batch, the next token's log-probabilities from its last logits.
 */
async function exhaustiveBest({ model }: LoadedModel, inputs: { input_ids: Tensor; attention_mask: Tensor }, maxTokens: number, pad: number) {
  const vocabulary = (model.config as { vocab_size?: number }).vocab_size ?? 0;
  let best = { tokens: [] as number[], score: -Infinity };
  let prefixes: { tokens: number[]; score: number }[] = [{ tokens: [], score: 0 }];
  for (let length = 0; length <= maxTokens; length++) {
    if (length === maxTokens) {
      for (const p of prefixes) if (p.score / (length + 1) > best.score) best = { tokens: p.tokens, score: p.score / (length + 1) };
      break;
    }
    const rows = prefixes.length;
    const repeat = (t: Tensor) => new Tensor('int64', BigInt64Array.from({ length: rows * t.dims[1]! }, (_, i) => (t.data as BigInt64Array)[i % t.dims[1]!]!), [rows, t.dims[1]!]);
    const decoderIds = new Tensor('int64', BigInt64Array.from(prefixes.flatMap((p) => [pad, ...p.tokens]).map(BigInt)), [rows, length + 1]);
    const { logits } = (await model({ input_ids: repeat(inputs.input_ids), attention_mask: repeat(inputs.attention_mask), decoder_input_ids: decoderIds })) as { logits: Tensor };
    const data = logits.data as Float32Array;
    const next: typeof prefixes = [];
    prefixes.forEach((p, r) => {
      const offset = (r * (length + 1) + length) * vocabulary;
      const logProbs = logSoftmax([...data.subarray(offset, offset + vocabulary)]);
      logProbs.forEach((lp, token) => {
        if (token === pad) return;
        if (token === 0) {
          if ((p.score + lp) / (length + 1) > best.score) best = { tokens: p.tokens, score: (p.score + lp) / (length + 1) };
        } else next.push({ tokens: [...p.tokens, token], score: p.score + lp });
      });
    });
    prefixes = next;
  }
  return best;
}

describe('decodeBeams', () => {
  let dir: string;
  let fourWordsDir: string;
  let fourWords: LoadedModel;
  let random: LoadedModel;
  let tiny: LoadedModel;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lektor-beams-'));
    fourWordsDir = join(dir, 'four-words');
    const randomDir = join(dir, 'random');
    await writeBenchModel(fourWordsDir, { dtype: 'fp32', dims: { ...SMALL_DIMS, vocabSize: FOUR_WORDS.length }, vocabulary: FOUR_WORDS, seed: 7 });
    await writeBenchModel(randomDir, { dtype: 'fp32', dims: RANDOM_DIMS, sampleText: SENTENCES.join(' ') });
    const derived = join(dir, 'derived');
    [fourWords, random, tiny] = await Promise.all([
      loadDerivedModel(fourWordsDir, derived),
      loadDerivedModel(randomDir, derived),
      loadDerivedModel(await tinyModelDir(), derived),
    ]);
  });

  afterAll(async () => {
    await Promise.all([fourWords?.model.dispose(), random?.model.dispose(), tiny?.model.dispose()]);
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['a b c d', 'd d a', 'c'])('with a beam as wide as the vocabulary, finds what exhaustive search finds: %s', async (sentence) => {
    const vocabulary = FOUR_WORDS.length;
    const inputs = encodeTexts(fourWords, [sentence]);
    const published = await loadModel(fourWordsDir);
    const expected = await exhaustiveBest(published, inputs, 3, vocabulary - 1);
    await published.model.dispose();
    const [found] = await decodeBeams(fourWords.model, inputs, options(fourWords, 1, 3, vocabulary));
    expect(found?.tokens).toEqual(expected.tokens);
    expect(found?.score).toBeCloseTo(expected.score, 4);
  });

  it('decodes a sentence alone as inside a padded batch', async () => {
    const limits = [7, 12, 3, 9];
    const batched = await decodeBeams(random.model, encodeTexts(random, SENTENCES), { ...options(random, 4, 0, 4), maxTokens: limits });
    expect(batched.map((b) => b.tokens.length)).toEqual(limits);
    for (const [i, sentence] of SENTENCES.entries()) {
      const [alone] = await decodeBeams(random.model, encodeTexts(random, [sentence]), { ...options(random, 1, 0, 4), maxTokens: [limits[i] as number] });
      expect(alone?.tokens, sentence).toEqual(batched[i]?.tokens);
    }
  });

  it('finds a better-scoring output than greedy on a random model, never a worse one', async () => {
    const inputs = encodeTexts(random, SENTENCES);
    const greedy = await decodeGreedy(random.model, inputs, options(random, 4, 6, 1));
    const unguarded = { repetition: { longest: 1, times: 6 } };
    const [one, wide] = await Promise.all([1, 4].map((beams) => decodeBeams(random.model, inputs, { ...options(random, 4, 6, beams), ...unguarded })));
    // One beam that may not end before its limit (a random model never ends by itself) is greedy search, and scores as it does.
    expect(tokensOf(one ?? [])).toEqual(tokensOf(greedy));
    one?.forEach((row, r) => row.logProbs.forEach((logProb, t) => expect(logProb).toBeCloseTo(greedy[r]?.logProbs?.[t] ?? NaN, 4)));
    wide?.forEach((b, i) => expect(b.score).toBeGreaterThanOrEqual((one?.[i]?.score ?? 0) - 1e-6));
    expect(wide?.some((b, i) => b.score > (one?.[i]?.score ?? 0) + 1e-3)).toBe(true);
  });

  it('cuts a loop off at its third repetition in a row', async () => {
    const inputs = encodeTexts(random, SENTENCES);
    const greedy = await decodeGreedy(random.model, inputs, options(random, 4, 12, 1));
    const guarded = await decodeBeams(random.model, inputs, options(random, 4, 12, 1));
    /** The longest run of one token. */
    const longestRun = (tokens: readonly number[]) => Math.max(...tokens.map((_, i) => i - tokens.findLastIndex((u, j) => j <= i && u !== tokens[i])));
    // The random model loops on single tokens; greedy lets it, the guard stops each run at three.
    expect(Math.max(...tokensOf(greedy).map(longestRun))).toBeGreaterThan(3);
    expect(Math.max(...guarded.map((row) => longestRun(row.tokens)))).toBe(3);
  });

  it('translates the tiny lookup model as greedy does', async () => {
    const inputs = encodeTexts(tiny, SENTENCES);
    const greedy = await decodeGreedy(tiny.model, inputs, options(tiny, 4, 40, 1));
    const beams = await decodeBeams(tiny.model, inputs, options(tiny, 4, 40, 4));
    expect(tokensOf(beams)).toEqual(tokensOf(greedy));
  });

  it('writes a required term the model would not, and says when one cannot fit in the limit', async () => {
    const sentence = 'Der Verdacht: Mögliche Spionage.';
    const term = tiny.tokenizer.encode('intelligence service', { add_special_tokens: false });
    const [free] = tokensOf(await decodeGreedy(tiny.model, encodeTexts(tiny, [sentence]), options(tiny, 1, 40, 1)));
    const [bound, unmet] = await decodeBeams(tiny.model, encodeTexts(tiny, [sentence, sentence]), { ...options(tiny, 2, 0, 4), maxTokens: [40, 3], constraints: [[term], [term]] });
    const text = (tokens: readonly number[] = []) => tiny.tokenizer.decode([...tokens], { skip_special_tokens: true });
    expect(text(free)).not.toContain('intelligence service');
    expect(text(bound?.tokens)).toContain('intelligence service');
    expect(bound?.met).toBe(true);
    // Spelt in single characters (the lookup model's piece holds both words), the term is longer than the second row's limit.
    expect(term.length).toBeGreaterThan(3);
    expect(unmet?.met).toBe(false);
    expect(unmet?.tokens).toHaveLength(3);
  });

  it('scores every token as the model as published does, the required ones it would not write too', async () => {
    const sentence = 'Der Verdacht: Mögliche Spionage.';
    const term = tiny.tokenizer.encode('intelligence service', { add_special_tokens: false });
    const [bound] = await decodeBeams(tiny.model, encodeTexts(tiny, [sentence]), { ...options(tiny, 1, 40, 4), constraints: [[term]] });
    const published = await loadModel(await tinyModelDir());
    const expected = await referenceLogProbs(published, sentence, bound?.tokens ?? []);
    await published.model.dispose();
    expect(bound?.logProbs).toHaveLength(expected.length);
    bound?.logProbs.forEach((logProb, t) => expect(logProb).toBeCloseTo(expected[t] as number, 3));
    // The lookup model is sure of its own words and far from sure of the term's characters.
    expect(Math.min(...(bound?.logProbs ?? []))).toBeLessThan(Math.log(0.5));
  });
});
