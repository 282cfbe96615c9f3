import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../glossary/load.js';
import type { Glossary } from '../../glossary/types.js';
import { segmentsOf, type LektorDoc, type TermStrategy } from '../../pipeline/core/doc.js';
import { runStages } from '../../pipeline/stages/stage.js';
import enforceTerms from '../../pipeline/stages/enforce-terms.js';
import matchTerms from '../../pipeline/stages/match-terms.js';
import translate from '../../pipeline/stages/translate.js';
import verifyTerms from '../../pipeline/stages/verify-terms.js';
import { fakeTranslator, unsureOf, type FakeScores } from '../helpers/fake-translator.js';
import { makeDoc } from '../helpers/make-doc.js';
import { wordLookup } from '../helpers/word-lookup.js';

const now = new Date('2024-01-01T00:00:00Z');
// Renders Geheimdienst the way a stock model might, and Lüttich with the accent dropped.
const lexicon = { Der: 'The', Geheimdienst: 'secret service', überwacht: 'watches', in: 'in', Lüttich: 'Liege', Spionage: 'spying', Die: 'The', ist: 'is' };

let glossary: Glossary;
beforeAll(async () => {
  glossary = await loadGlossary('seeds/glossary.yaml');
});

async function run(strategy: TermStrategy, doc: LektorDoc, rule: Parameters<typeof fakeTranslator>[0] = wordLookup(lexicon), score?: FakeScores) {
  const translator = fakeTranslator(rule, score);
  const stages = [matchTerms({ glossary }), enforceTerms({ glossary, strategy }), translate({ batchSize: 8 }), verifyTerms({ glossary })];
  return { doc: await runStages(doc, stages, { now, translator }), translator };
}

const article = () => makeDoc([['Der Geheimdienst überwacht Alibaba in Lüttich.']]);

describe('verify-terms stage', () => {
  it('inline: the model copies the English and every hit is found', async () => {
    const { doc, translator } = await run('inline', article());
    expect(translator.batches).toEqual([['Der intelligence service überwacht Alibaba in Liège.']]);
    const [s] = segmentsOf(doc);
    expect(s!.target).toBe('The intelligence service watches Alibaba in Liège.');
    expect(s!.terms?.map((h) => [h.text, h.found, h.repaired, h.strategy])).toEqual([
      ['Geheimdienst', true, false, 'inline'],
      ['Alibaba', true, false, 'inline'],
      ['Lüttich', true, false, 'inline'],
    ]);
    expect(s!.flags).toBeUndefined();
  });

  it('mask: placeholders come back as the English', async () => {
    const { doc, translator } = await run('mask', article());
    expect(translator.batches).toEqual([['Der ZXQ1 überwacht ZXQ2 in ZXQ3.']]);
    const [s] = segmentsOf(doc);
    expect(s!.target).toBe('The intelligence service watches Alibaba in Liège.');
    expect(s!.terms?.every((h) => h.found && !h.repaired && h.strategy === 'mask')).toBe(true);
  });

  it('mask: the low-confidence words stay on their words as the placeholders become English', async () => {
    const { doc } = await run('mask', article(), undefined, unsureOf(0.3, 'watches', 'ZXQ3.'));
    const [s] = segmentsOf(doc);
    // "watches" came through; the placeholder the model was unsure of is the glossary's English now.
    expect(s!.lowConfidence?.map(({ start, end }) => s!.target?.slice(start, end))).toEqual(['watches']);
    expect(s!.confidence).toBe(0.3);
  });

  it('verify: a word a repair replaced is no longer marked', async () => {
    const { doc } = await run('verify', article(), undefined, unsureOf(0.3, 'secret', 'Liege.'));
    const [s] = segmentsOf(doc);
    expect(s!.target).toBe('The intelligence service watches Alibaba in Liège.');
    expect(s!.lowConfidence).toEqual([]);
  });

  it('mask: a lost placeholder sends the segment again with the terms inline, and says so', async () => {
    const dropsPlaceholders = (input: string) => wordLookup(lexicon)(input.replace(/ZXQ2 /g, ''));
    const { doc, translator } = await run('mask', article(), dropsPlaceholders);
    expect(translator.batches).toEqual([['Der ZXQ1 überwacht ZXQ2 in ZXQ3.'], ['Der intelligence service überwacht Alibaba in Liège.']]);
    const [s] = segmentsOf(doc);
    expect(s!.target).toBe('The intelligence service watches Alibaba in Liège.');
    expect(s!.modelInput).toBe('Der intelligence service überwacht Alibaba in Liège.');
    expect(s!.terms?.map((h) => h.strategy)).toEqual(['inline', 'inline', 'inline']);
    expect(s!.flags).toEqual([{ check: 'term-mask-fallback', severity: 'info', message: 'Placeholders did not survive translation; translated again with the terms inline' }]);
  });

  it('a sentence translated again has the scores of its new translation', async () => {
    const dropsPlaceholders = (input: string) => wordLookup(lexicon)(input.replace(/ZXQ2 /g, ''));
    const scores: FakeScores = (input, output) => (input.includes('ZXQ') ? unsureOf(0.1, 'ZXQ1')(input, output) : unsureOf(0.9, 'watches')(input, output));
    const [s] = segmentsOf((await run('mask', article(), dropsPlaceholders, scores)).doc);
    expect(s!.confidence).toBe(0.9);
    expect(s!.lowConfidence?.map(({ start, end }) => s!.target?.slice(start, end))).toEqual(['watches']);
  });

  it('constrain: the German goes as it is, the English terms go with it as required, and the output keeps them', async () => {
    // A model that writes what it is required to: the lexicon's words, each required term in place of the word it renders.
    const writesRequired = (input: string, required: readonly string[]) =>
      wordLookup({ ...lexicon, Geheimdienst: required[0] ?? 'secret service', Lüttich: required[2] ?? 'Liege' })(input);
    const { doc, translator } = await run('constrain', article(), writesRequired);
    expect(translator.batches).toEqual([['Der Geheimdienst überwacht Alibaba in Lüttich.']]);
    expect(translator.required).toEqual([[['intelligence service', 'Alibaba', 'Liège']]]);
    const [s] = segmentsOf(doc);
    expect(s!.target).toBe('The intelligence service watches Alibaba in Liège.');
    expect(s!.terms?.map((h) => [h.found, h.repaired, h.strategy])).toEqual([
      [true, false, 'constrain'],
      [true, false, 'constrain'],
      [true, false, 'constrain'],
    ]);
    expect(s!.flags).toBeUndefined();
  });

  it('constrain: an output without a required term sends the segment again with the terms inline, and says so', async () => {
    const { doc, translator } = await run('constrain', article());
    expect(translator.batches).toEqual([['Der Geheimdienst überwacht Alibaba in Lüttich.'], ['Der intelligence service überwacht Alibaba in Liège.']]);
    expect(translator.required).toHaveLength(1);
    const [s] = segmentsOf(doc);
    expect(s!.target).toBe('The intelligence service watches Alibaba in Liège.');
    expect(s!.terms?.map((h) => h.strategy)).toEqual(['inline', 'inline', 'inline']);
    expect(s!.flags).toEqual([{ check: 'term-constrain-fallback', severity: 'info', message: 'Constrained decoding did not write every term; translated again with the terms inline' }]);
  });

  it('verify: repairs forbidden variants', async () => {
    const { doc, translator } = await run('verify', article());
    expect(translator.batches).toEqual([['Der Geheimdienst überwacht Alibaba in Lüttich.']]);
    const [s] = segmentsOf(doc);
    expect(s!.target).toBe('The intelligence service watches Alibaba in Liège.');
    expect(s!.terms?.map((h) => [h.text, h.found, h.repaired])).toEqual([
      ['Geheimdienst', true, true],
      ['Alibaba', true, false],
      ['Lüttich', true, true],
    ]);
    expect(s!.flags).toEqual([
      { check: 'term-repaired', severity: 'info', message: 'Term `Geheimdienst`: replaced `secret service` with `intelligence service`' },
      { check: 'term-repaired', severity: 'info', message: 'Term `Lüttich`: replaced `Liege` with `Liège`' },
    ]);
  });

  it('verify: leaves a rendering it cannot identify, so the term is reported missing', async () => {
    const { doc } = await run('verify', article(), wordLookup({ ...lexicon, Geheimdienst: 'spy agency' }));
    const [s] = segmentsOf(doc);
    expect(s!.target).toBe('The spy agency watches Alibaba in Liège.');
    expect(s!.terms?.map((h) => [h.text, h.found, h.repaired])).toEqual([
      ['Geheimdienst', false, false],
      ['Alibaba', true, false],
      ['Lüttich', true, true],
    ]);
  });

  it('verify: repairs German the model copied through', async () => {
    const { doc } = await run('verify', makeDoc([['Die Spionage ist belegt.']]), wordLookup({ Die: 'The', ist: 'is', belegt: 'proven' }));
    const [s] = segmentsOf(doc);
    expect(s!.target).toBe('The espionage is proven.');
    expect(s!.terms?.map((h) => [h.found, h.repaired])).toEqual([[true, true]]);
  });

  it('checks a target from elsewhere without undoing a strategy on it', async () => {
    const doc = makeDoc([{ segments: [{ source: 'Der Geheimdienst überwacht Lüttich.', target: 'The intelligence service watches Liège.', origin: 'memory' }] }]);
    const { doc: out, translator } = await run('mask', doc);
    expect(translator.batches).toEqual([]);
    expect(segmentsOf(out)[0]!.terms?.every((h) => h.found)).toBe(true);
  });

  it('needs a glossary', () => {
    expect(() => verifyTerms({} as never)).toThrow('verifyTerms: options.glossary is required');
  });
});
