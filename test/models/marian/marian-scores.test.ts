import { AutoTokenizer } from '@huggingface/transformers';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY_LOGIT_SCALE, writeTinyModel } from '../../../models/generate/tiny-model.js';
import { loadMarianTranslator, type MarianOptions } from '../../../models/marian/marian.js';
import type { Translation, Translator } from '../../../models/translator.js';

/** The model doubts two words: it still writes their English, "intelligence service" with p < 0.5, "Belgium" with p > 0.5. */
const DOUBTS = { Geheimdienst: 0.1, Belgien: 0.25 };
const SENTENCE = 'Der Geheimdienst überwacht Belgien';
const ENGLISH = 'The intelligence service monitors Belgium';
/** The pieces the model writes, with the factor of the word each comes from, then `</s>`. */
const WRITTEN: [string, number][] = [['▁The', 1], ['▁intelligence▁service', DOUBTS.Geheimdienst], ['▁monitors', 1], ['▁Belgium', DOUBTS.Belgien], ['</s>', 1]];

describe('loadMarianTranslator’s translateScored, on a model whose probabilities the test sets', () => {
  let dir: string;
  let cacheDir: string;
  let ids: Map<string, number>;
  const opened: Translator[] = [];
  const open = async (over: Partial<MarianOptions>) => {
    const translator = await loadMarianTranslator({ id: dir, cacheDir, offline: true, dtype: 'fp32', threads: 1, cwd: process.cwd(), ...over });
    opened.push(translator);
    return translator;
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lektor-doubtful-model-'));
    cacheDir = await mkdtemp(path.join(tmpdir(), 'lektor-cache-'));
    await writeTinyModel(dir, { doubts: DOUBTS });
    ids = (await AutoTokenizer.from_pretrained(dir, { local_files_only: true })).get_vocab() as Map<string, number>;
  });
  afterAll(() => Promise.all(opened.map((t) => t.dispose())));

  const bits = (n: number): number => (n === 0 ? 0 : (n & 1) + bits(n >>> 1));
  /**
   * By hand from the model's definition (`writeTinyModel`): reading a word whose piece is `wanted`,
   * scaled by `factor`, the model scores piece c at -2 · scale · factor · hamming(wanted, c) plus a
   * constant, so the log-probability of writing `chosen` is its score less the log of the sum over
   * the vocabulary.
   */
  const logProb = (wanted: string, chosen: string, factor: number): number => {
    const score = (c: number) => -2 * TINY_LOGIT_SCALE * factor * bits((ids.get(wanted) as number) ^ c);
    const sum = Array.from({ length: ids.size }, (_, c) => Math.exp(score(c))).reduce((a, b) => a + b, 0);
    return score(ids.get(chosen) as number) - Math.log(sum);
  };
  const confidence = (logProbs: readonly number[]) => Math.exp(logProbs.reduce((a, b) => a + b, 0) / logProbs.length);
  const expectScores = (translation: Translation | undefined, text: string, expected: number, unsure: readonly string[]) => {
    expect(translation?.text).toBe(text);
    // ONNX Runtime computes in float32, and its kernels differ between CPUs.
    expect(translation?.confidence).toBeCloseTo(expected, 3);
    expect(translation?.lowConfidence?.map((span) => text.slice(span.start, span.end))).toEqual(unsure);
  };

  it('the doubted words are one below even odds and one above', () => {
    expect(Math.exp(logProb('▁intelligence▁service', '▁intelligence▁service', DOUBTS.Geheimdienst))).toBeLessThan(0.4);
    expect(Math.exp(logProb('▁Belgium', '▁Belgium', DOUBTS.Belgien))).toBeGreaterThan(0.6);
  });

  it.each<[string, Partial<MarianOptions>]>([
    ['greedy inside ONNX Runtime (scored in a teacher-forced pass)', { greedyLoop: 'onnx-runtime' }],
    ['Lektor’s greedy loop', { greedyLoop: 'lektor' }],
    ['beam search, 4 beams', { beams: 4 }],
  ])('%s: the hand-computed confidence and low-confidence words', async (_, over) => {
    const translator = await open(over);
    const [scored, sure] = (await translator.translateScored?.([SENTENCE, 'Lüttich'])) ?? [];
    expectScores(scored, ENGLISH, confidence(WRITTEN.map(([piece, factor]) => logProb(piece, piece, factor))), ['intelligence service']);
    expectScores(sure, 'Liège', 1, []);
    // The plain call gives the same texts, unscored.
    expect(await translator.translate([SENTENCE])).toEqual([ENGLISH]);
  });

  it.each<[string, Partial<MarianOptions>]>([
    ['greedy inside ONNX Runtime', { greedyLoop: 'onnx-runtime' }],
    ['Lektor’s greedy loop', { greedyLoop: 'lektor' }],
    ['beam search, 4 beams', { beams: 4 }],
  ])('%s: an end the length limit forces counts what the model thought of that `</s>`', async (_, over) => {
    const translator = await open({ ...over, outputLength: () => ({ min: 0, max: 2 }) });
    const [scored] = (await translator.translateScored?.([SENTENCE])) ?? [];
    // Where it wanted "monitors" the model gets `</s>`: far below even odds, but no word of the text.
    const logProbs = [logProb('▁The', '▁The', 1), logProb('▁intelligence▁service', '▁intelligence▁service', DOUBTS.Geheimdienst), logProb('▁monitors', '</s>', 1)];
    expectScores(scored, 'The intelligence service', confidence(logProbs), ['intelligence service']);
  });

  it('constrained decoding: a required term the model would not write is a low-confidence word', async () => {
    const translator = await open({});
    const [free, bound] = (await translator.translateScored?.([SENTENCE, SENTENCE], [[], ['Liège']])) ?? [];
    expect(bound?.text).toContain('Liège');
    expect(bound?.lowConfidence?.map((span) => bound.text.slice(span.start, span.end))).toContain('Liège');
    expect(bound?.confidence).toBeLessThan(free?.confidence ?? 0);
  });
});
