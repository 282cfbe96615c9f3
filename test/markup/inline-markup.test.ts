import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../glossary/load.js';
import type { Glossary } from '../../glossary/types.js';
import { FORMATS } from '../../output/index.js';
import { defaultConfig, resolveConfig } from '../../pipeline/config.js';
import { segmentsOf, type LektorDoc, type TermStrategy } from '../../pipeline/core/doc.js';
import { buildStages } from '../../pipeline/stages/build-stages.js';
import { runStages } from '../../pipeline/stages/stage.js';
import { documentFromBytes } from '../../pipeline/read/read-article.js';
import { fakeTranslator, unsureOf, type FakeScores } from '../helpers/fake-translator.js';
import { wordLookup } from '../helpers/word-lookup.js';

const LEXICON = { Die: 'The', wichtige: 'important', Frage: 'question', ist: 'is', offen: 'open', Der: 'The', Geheimdienst: 'intelligence service', überwacht: 'monitors', Lüttich: 'Liège', Satz: 'sentence', eins: 'one', zwei: 'two', geht: 'goes', Rufen: 'Call', Sie: 'you', auf: 'up', hier: 'here' };
const now = new Date(0);

async function translate(file: string, input: string, rule: (s: string) => string, options: { glossary?: Glossary; strategy?: TermStrategy; score?: FakeScores } = {}) {
  const translator = fakeTranslator(rule, options.score);
  const config = options.strategy ? resolveConfig([{ glossary: { strategy: options.strategy } }], {}) : defaultConfig();
  const doc = await runStages(documentFromBytes(Buffer.from(input), file), buildStages(config, { glossary: options.glossary }), { now, translator });
  const format = file.endsWith('.md') ? 'article-md' : 'article-html';
  return { doc, translator, output: FORMATS[format].render(doc, { now, toolVersion: 'test' }) };
}

const flagsOf = (doc: LektorDoc) => segmentsOf(doc).flatMap((s) => (s.flags ?? []).filter((f) => f.check === 'markup').map((f) => f.message));

describe('inline markup through translation', () => {
  it('never shows the model markup, and puts it back around the English', async () => {
    const { output, translator, doc } = await translate('a.md', 'Die **wichtige** Frage ist [offen](https://example.de/frage).\n', wordLookup(LEXICON));
    expect(translator.batches.flat()).toEqual(['Die ZXQ1 wichtige ZXQ2 Frage ist ZXQ3 offen ZXQ4.']);
    expect(output).toBe('The **important** question is [open](https://example.de/frage).\n');
    const [segment] = segmentsOf(doc);
    expect(segment!.marks?.map((m) => [m.type, segment!.target!.slice(m.targetStart, m.targetEnd)])).toEqual([
      ['bold', 'important'],
      ['link', 'open'],
    ]);
    expect(flagsOf(doc)).toEqual([]);
  });

  it('keeps the words the model was unsure of on their English once the placeholders are out', async () => {
    const { doc } = await translate('a.md', 'Die **wichtige** Frage ist [offen](https://example.de/frage).\n', wordLookup(LEXICON), { score: unsureOf(0.4, 'important', 'ZXQ3', 'question') });
    const [segment] = segmentsOf(doc);
    expect(segment!.target).toBe('The important question is open.');
    expect(segment!.lowConfidence?.map(({ start, end }) => segment!.target!.slice(start, end))).toEqual(['important', 'question']);
  });

  it('keeps a code span as written and translates around it', async () => {
    const { output, translator } = await translate('a.html', '<p>Rufen Sie <code>npm install</code> hier auf.</p>', wordLookup(LEXICON));
    expect(translator.batches.flat()).toEqual(['Rufen Sie ZXQ1 hier auf.']);
    expect(output).toBe('<p>Call you <code>npm install</code> here up.</p>');
  });

  it('moves markup with the words the model moved', async () => {
    const swap = (s: string) => s.replace('Die ZXQ1 wichtige ZXQ2 Frage', 'Frage ZXQ1 wichtige ZXQ2 Die');
    const { output } = await translate('a.md', 'Die **wichtige** Frage.\n', (s) => wordLookup(LEXICON)(swap(s)));
    expect(output).toBe('question **important** The.\n');
  });

  it.each([
    ['drops a placeholder', (s: string) => s.replace(' ZXQ2', '')],
    ['doubles a placeholder', (s: string) => s.replace('ZXQ1', 'ZXQ1 ZXQ1')],
    ['turns the pair around', (s: string) => s.replace('ZXQ1', 'ZXQX').replace('ZXQ2', 'ZXQ1').replace('ZXQX', 'ZXQ2')],
  ])('when the model %s: keeps the translation, drops that markup and flags it', async (_, mangle) => {
    const { output, doc } = await translate('a.md', 'Die **wichtige** Frage ist *offen*.\n', (s) => wordLookup(LEXICON)(mangle(s)));
    expect(output).toBe('The important question is *open*.\n');
    expect(flagsOf(doc)).toEqual(['Markup lost in translation: bold "**…**" around "wichtige" (dropped); expected it in the target']);
  });

  it('keeps an element cut by a sentence boundary well formed when its placeholder is lost', async () => {
    const input = 'Die Frage **ist offen. Satz zwei** geht.\n';
    const { output, doc } = await translate('a.md', input, (s) => wordLookup(LEXICON)(s.replace(/ ?ZXQ\d+/g, '')));
    expect(output).toBe('**The question is open. sentence two goes.**\n');
    expect(flagsOf(doc)).toEqual([
      'Markup lost in translation: bold "**…" around "ist offen." (put around the whole sentence); expected it in the target',
      'Markup lost in translation: bold "…**" around "Satz zwei" (put around the whole sentence); expected it in the target',
    ]);
  });

  describe('with glossary terms', () => {
    let glossary: Glossary;
    beforeAll(async () => {
      glossary = await loadGlossary('seeds/glossary.yaml');
    });

    it.each(['mask', 'inline', 'verify'] as const)('%s: term placeholders and markup placeholders do not mix', async (strategy) => {
      const { output, translator, doc } = await translate('a.html', '<p>Der <b>Geheimdienst</b> überwacht <i>Lüttich</i>.</p>', wordLookup(LEXICON), { glossary, strategy });
      expect(output).toBe('<p>The <b>intelligence service</b> monitors <i>Liège</i>.</p>');
      expect(flagsOf(doc)).toEqual([]);
      expect(translator.batches.flat()[0]).toMatch(strategy === 'mask' ? /^Der ZXQ3 ZXQ1 ZXQ4 überwacht ZXQ5 ZXQ2 ZXQ6\.$/ : /ZXQ3 .* ZXQ4/);
      const hit = segmentsOf(doc)[0]!.terms!.find((h) => h.expected === 'Liège')!;
      expect(segmentsOf(doc)[0]!.target!.slice(hit.targetStart, hit.targetEnd)).toBe('Liège');
    });

    it.each(['mask', 'inline'] as const)('%s: a term inside text kept as written is no term', async (strategy) => {
      const { output, doc } = await translate('a.html', '<p>Der Geheimdienst überwacht <span translate="no">Lüttich</span>.</p>', wordLookup(LEXICON), { glossary, strategy });
      expect(output).toBe('<p>The intelligence service monitors <span translate="no">Lüttich</span>.</p>');
      expect(segmentsOf(doc)[0]!.terms!.map((h) => h.text)).toEqual(['Geheimdienst']);
      expect(flagsOf(doc)).toEqual([]);
    });

    it('keeps the markup when lost term placeholders send the sentence through again inline', async () => {
      const { output, translator } = await translate('a.html', '<p>Der <b>Geheimdienst</b> überwacht Lüttich.</p>', (s) => wordLookup(LEXICON)(s.replace('ZXQ1 ', '')), { glossary, strategy: 'mask' });
      expect(translator.batches.flat()[1]).toBe('Der ZXQ3 intelligence service ZXQ4 überwacht Liège.');
      expect(output).toBe('<p>The <b>intelligence service</b> monitors Liège.</p>');
    });
  });
});
