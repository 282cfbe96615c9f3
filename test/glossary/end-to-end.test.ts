import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../glossary/load.js';
import type { Glossary } from '../../glossary/types.js';
import { openTranslator } from '../../models/open-translator.js';
import type { Translator } from '../../models/translator.js';
import { resolveConfig } from '../../pipeline/config.js';
import { segmentsOf, type LektorDoc, type TermStrategy } from '../../pipeline/core/doc.js';
import { buildStages } from '../../pipeline/stages/build-stages.js';
import { runStages } from '../../pipeline/stages/stage.js';
import { readArticle } from '../../pipeline/read/read-article.js';
import { tinyModelDir } from '../helpers/tiny-model.js';

const article = 'seeds/alibaba-liege-espionage.de.txt';
const now = new Date('2024-01-01T00:00:00Z');

let glossary: Glossary;
let translator: Translator;

beforeAll(async () => {
  glossary = await loadGlossary('seeds/glossary.yaml');
  translator = await openTranslator({ id: await tinyModelDir(), cacheDir: await mkdtemp(path.join(tmpdir(), 'lektor-cache-')), offline: true, dtype: 'fp32', threads: 1, cwd: process.cwd() });
});
afterAll(() => translator.dispose());

/** The article through the run's own stage order, as `lektor translate --terms <strategy>` would. */
async function translateArticle(strategy: TermStrategy): Promise<LektorDoc> {
  const stages = buildStages(resolveConfig([{ glossary: { strategy } }], {}), { glossary });
  return runStages(await readArticle(article), stages, { now, translator });
}

/** Per sentence with terms: `German term → found | repaired | MISSING`, in source order. */
function termResults(doc: LektorDoc): Record<string, string[]> {
  return Object.fromEntries(
    segmentsOf(doc)
      .filter((s) => s.terms?.length)
      .map((s) => [s.id, s.terms!.map((h) => `${h.text} → ${h.repaired ? 'repaired' : h.found ? 'found' : 'MISSING'}`)]),
  );
}

describe('the example article through the generated model with seeds/glossary.yaml', () => {
  it('inline: every term honoured but the dnt name the model translates word by word', async () => {
    const doc = await translateArticle('inline');
    expect(doc.meta.glossary).toEqual({ name: 'Alibaba Liège', path: 'seeds/glossary.yaml', terms: 18 });
    expect(termResults(doc)).toEqual({
      s0001: ['Geheimdienst → found', 'Logistikzentrum → found', 'Alibaba → found'],
      s0003: ['Sicherheitsbehörden → found', 'Financial Times → found', 'Logistik-Drehkreuz → found', 'Alibaba → found'],
      s0004: ['Spionage → found'],
      s0005: ['Geheimdienst → found', 'Logistik-Drehkreuz → found', 'Alibaba → found', 'Spionage → found'],
      s0006: ['Financial Times → found', 'Alibabas → found', 'Logistikzentrum → found', 'Frachtflughafen → found', 'Lüttich → found'],
      s0007: ['Geheimdienst → found', 'Spionage → found', 'Alibaba → found'],
      s0008: ['Lüttich → found', 'Logistikzentrum → found', 'Cainiao → found', 'Alibaba → found'],
      s0009: ['AliExpress → found'],
      s0011: ['FT → found', 'Sicherheitsbehörden → found', 'Cainiao → found'],
      s0012: ['Alibabas → found', 'EWTP → found'],
      s0013: ['Cainiao → found'],
      s0015: ['De-Risking → found'],
      s0016: ['Alibaba → found'],
      s0017: ['Cainiao → found'],
      s0018: ['Alibabas → found', 'Frachtflughafen → found', 'Lüttich → found'],
      s0020: ['EU-Kommissionspräsidentin → found', 'Ursula von der Leyen → MISSING'],
      s0023: ['Logistikzentrum → found', 'Spionage → found', 'Financial Times → found'],
      s0024: ['Justizminister → found', 'Vincent Van Quickenborne → found', 'Alibaba → found'],
    });
    const [liege] = segmentsOf(doc).filter((s) => s.id === 's0008');
    expect(liege!.target).toBe('In Liège is located itself the only European logistics centre the logistics subsidiary Cainiao of Alibaba.');
    const hit = liege!.terms![0]!;
    expect(liege!.target!.slice(hit.targetStart, hit.targetEnd)).toBe('Liège');
  });

  it('mask: placeholders survive the generated model, so the name comes through too', async () => {
    const doc = await translateArticle('mask');
    const results = Object.values(termResults(doc)).flat();
    expect(results.filter((r) => !r.endsWith('→ found'))).toEqual([]);
    expect(segmentsOf(doc).find((s) => s.id === 's0020')!.target).toBe(
      'According to the will of President of the European Commission Ursula von der Leyen are to strategic dependencies across Europe reduced are.',
    );
  });

  it('verify: the copied acronym is repaired; renderings it cannot pin down are left for review', async () => {
    const doc = await translateArticle('verify');
    const results = termResults(doc);
    expect(results.s0012).toEqual(['Alibabas → found', 'EWTP → repaired']);
    expect(results.s0020).toEqual(['EU-Kommissionspräsidentin → MISSING', 'Ursula von der Leyen → MISSING']);
    expect(segmentsOf(doc).find((s) => s.id === 's0012')!.flags).toContainEqual({ check: 'term-repaired', severity: 'info', message: 'Term `EWTP`: replaced `EWTP` with `eWTP`' });
  });

  it('gives the same document on a second run', async () => {
    expect(await translateArticle('inline')).toEqual(await translateArticle('inline'));
  });
});
