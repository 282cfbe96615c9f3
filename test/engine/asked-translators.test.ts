import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../glossary/load.js';
import { loadMarianTranslator } from '../../models/marian/marian.js';
import { resolveConfig } from '../../pipeline/config.js';
import { segmentsOf, type LektorDoc } from '../../pipeline/core/doc.js';
import { openTranslationEngine, type TranslationEngine } from '../../pipeline/engine/translation-engine.js';
import { makeDocument } from '../../pipeline/read/read-article.js';
import { tinyModelDir } from '../helpers/tiny-model.js';

const doc = (text: string) => makeDocument(text, 'q', { bomStripped: false, lineEndingsNormalised: 0, nfcChanged: false });
const targets = (d: LektorDoc) => segmentsOf(d).map((s) => s.target);

describe('the engine asked for alternatives and a completion, on the generated model with the seed glossary', () => {
  let engine: TranslationEngine;
  let constrained: TranslationEngine;
  beforeAll(async () => {
    const id = await tinyModelDir();
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'lektor-cache-'));
    const glossary = await loadGlossary('seeds/glossary.yaml');
    const open = (strategy: 'inline' | 'constrain') =>
      openTranslationEngine({
        config: resolveConfig([{ model: { id }, glossary: { strategy } }], {}),
        identity: { id, dtype: 'fp32', decoding: {} },
        loadTranslator: () => loadMarianTranslator({ id, cacheDir, offline: true, dtype: 'fp32', threads: 1, cwd: process.cwd(), beams: 4 }),
        stageDeps: { glossary },
        now: new Date(0),
      });
    [engine, constrained] = [open('inline'), open('constrain')];
  });
  afterAll(() => Promise.all([engine.close(), constrained.close()]));

  it('gives the document with its sentences’ best translations, then the next best, the best equal to the translation', async () => {
    const text = 'Der Verdacht: Mögliche Spionage.';
    const plain = await engine.translate(doc(text), new Date(0));
    const asked = await engine.translate(doc(text), new Date(0), { alternatives: 3 });
    expect(asked.alternatives).toHaveLength(3);
    expect(targets(asked.doc)).toEqual(targets(plain.doc));
    expect(asked.alternatives?.map(targets)[0]).toEqual(targets(plain.doc));
    expect(new Set(asked.alternatives?.map((d) => targets(d).join(' '))).size).toBeGreaterThan(1);
  });

  it('starts the translation with the prefix, and a run that constrains terms still writes them after it', async () => {
    const text = 'Der belgische Geheimdienst hat einem Medienbericht zufolge das wichtigste europäische Logistik-Drehkreuz überwacht.';
    const free = await engine.translate(doc(text), new Date(0), { prefix: 'According to a media report, the Belg' });
    expect(targets(free.doc)[0]).toMatch(/^According to a media report, the Belg/);
    expect(targets(free.doc)[0]).not.toContain('intelligence service');
    const bound = await constrained.translate(doc(text), new Date(0), { prefix: 'According to' });
    expect(targets(bound.doc)[0]).toMatch(/^According to .*intelligence service/);
  });

  it('refuses a prefix for a text of several sentences', async () => {
    await expect(engine.translate(doc('Der Verdacht: Mögliche Spionage. Lüttich ist schön.'), new Date(0), { prefix: 'The' })).rejects.toThrow('prefix: the text must be one sentence; it has 2');
  });
});
