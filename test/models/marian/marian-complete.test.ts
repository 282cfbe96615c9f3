import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMarianTranslator, type MarianOptions } from '../../../models/marian/marian.js';
import type { Translator } from '../../../models/translator.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';

const CACHE = await mkdtemp(path.join(tmpdir(), 'lektor-cache-'));

const base = async (over: Partial<MarianOptions>): Promise<MarianOptions> => ({
  id: await tinyModelDir(),
  cacheDir: CACHE,
  offline: true,
  dtype: 'fp32',
  threads: 1,
  cwd: process.cwd(),
  ...over,
});

const SENTENCES = [
  'Geheimdienst überwacht Logistikzentrum',
  'Der Verdacht: Mögliche Spionage.',
  'Der belgische Geheimdienst hat einem Medienbericht zufolge das wichtigste europäische Logistik-Drehkreuz überwacht.',
  'Lüttich',
];

/** Every cut of `text` a reviewer could have typed: each character position, inside words and after spaces. */
const cuts = (text: string) => Array.from({ length: text.length + 1 }, (_, i) => text.slice(0, i));

describe('complete: a forced start, the rest decoded', () => {
  let greedy: Translator;
  let beams: Translator;
  beforeAll(async () => {
    [greedy, beams] = await Promise.all([loadMarianTranslator(await base({})), loadMarianTranslator(await base({ beams: 4 }))]);
  });
  afterAll(() => Promise.all([greedy.dispose(), beams.dispose()]));

  it('gives the model its own output back from every prefix of it, greedy and beam', async () => {
    for (const translator of [greedy, beams]) {
      const outputs = await translator.translate(SENTENCES);
      for (const [i, sentence] of SENTENCES.entries()) {
        const prefixes = cuts(outputs[i] as string);
        const completed = await translator.complete?.(prefixes.map(() => sentence), prefixes);
        expect(completed).toEqual(prefixes.map(() => outputs[i]));
      }
    }
  });

  it('starts with a prefix the model would never write', async () => {
    const [out] = (await greedy.complete?.(['Der Verdacht: Mögliche Spionage.'], ['Lüttich logistics '])) ?? [];
    expect(out).toMatch(/^Lüttich logistics \S/);
  });

  it('finishes a word the prefix ends inside', async () => {
    const [free] = await greedy.translate(['Geheimdienst überwacht Logistikzentrum']);
    expect(free).toBe('intelligence service monitors logistics centre');
    const [out] = (await greedy.complete?.(['Geheimdienst überwacht Logistikzentrum'], ['intelligence service mon'])) ?? [];
    expect(out).toBe(free);
  });

  it('still writes the required terms after a prefix', async () => {
    const [out] = (await greedy.complete?.(['Der Verdacht: Mögliche Spionage.'], ['The suspicion: '], [['intelligence service']])) ?? [];
    expect(out).toMatch(/^The suspicion: /);
    expect(out).toContain('intelligence service');
  });
});

describe('alternatives: the n best distinct translations', () => {
  let beams: Translator;
  beforeAll(async () => {
    beams = await loadMarianTranslator(await base({ beams: 4 }));
  });
  afterAll(() => beams.dispose());

  it('are distinct, sorted by score, scored, and the first is what beam search writes', async () => {
    const found = (await beams.alternatives?.(SENTENCES, 3)) ?? [];
    expect(found.map((a) => a[0]?.text)).toEqual(await beams.translate(SENTENCES));
    for (const alternatives of found) {
      expect(alternatives.length).toBeGreaterThan(1);
      expect(alternatives.length).toBeLessThanOrEqual(3);
      expect(new Set(alternatives.map((a) => a.text)).size).toBe(alternatives.length);
      expect(alternatives.map((a) => a.score)).toEqual(alternatives.map((a) => a.score).sort((a, b) => b - a));
      for (const a of alternatives) expect(a.confidence).toBeGreaterThan(0);
    }
  });

  it('refuses an n beyond the widest beam', async () => {
    await expect(beams.alternatives?.(SENTENCES, 13)).rejects.toThrow('alternatives: n must be an integer from 1 to 12, got 13');
  });
});
