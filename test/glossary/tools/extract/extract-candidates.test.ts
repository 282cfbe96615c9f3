import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../glossary/tools/extract/extract-candidates.js';
import { readSegmentedArticles } from '../../../../pipeline/app/glossary/read-segmented-articles.js';
import { repoRoot } from '../../../helpers/run-cli.js';
import { FIXTURES, glossaryOf, seedGlossary } from '../maintenance-fixtures.js';

const seeds = () => readSegmentedArticles(['seeds'], repoRoot, new Date(0));
const texts = (candidates: readonly { text: string }[]) => candidates.map((c) => c.text);

describe('extractCandidates', () => {
  it('ranks EWTP, Cainiao, Financial Times and De-Risking among the top candidates of the example article', async () => {
    const top = texts(extractCandidates(await seeds()).slice(0, 10));
    expect(top).toEqual(expect.arrayContaining(['EWTP', 'Cainiao', 'Financial Times', 'De-Risking']));
    expect(top.slice(0, 2)).toEqual(['Alibaba', 'Financial Times']);
  });

  it('gives kind, count, articles and the first sentence as context', async () => {
    const candidates = extractCandidates(await seeds());
    expect(candidates.find((c) => c.text === 'EWTP')).toEqual({
      text: 'EWTP',
      kind: 'acronym',
      score: 3,
      count: 1,
      articles: ['alibaba-liege-espionage'],
      context: 'Sie soll Logistikabläufe verbessern und ist Teil von Alibabas "elektronischer Welthandelsplattform" (EWTP).',
    });
    expect(candidates.find((c) => c.text === 'Financial Times')).toMatchObject({ kind: 'name', count: 3 });
    expect(candidates.find((c) => c.text === 'Alibaba')).toMatchObject({ kind: 'noun', count: 10 });
  });

  it('takes a run of capitalised words for a name only when its words occur nowhere else', async () => {
    const found = texts(extractCandidates(await seeds()));
    expect(found).toEqual(expect.arrayContaining(['Vincent Van Quickenborne', 'Ursula von der Leyen', 'Cainiao']));
    // `Logistiksparte Cainiao`: Cainiao occurs alone too; `Chinas Behörden`: China does.
    expect(found).not.toContain('Logistiksparte Cainiao');
    expect(found).not.toContain('Chinas Behörden');
  });

  it('leaves out what the glossary has, proposed entries included', async () => {
    const withSeeds = texts(extractCandidates(await seeds(), { glossary: seedGlossary() }));
    for (const known of ['EWTP', 'Cainiao', 'Financial Times', 'De-Risking', 'Alibaba', 'Lüttich', 'Logistikzentrum']) expect(withSeeds).not.toContain(known);
    const proposed = glossaryOf('  - source: EWTP\n    target: eWTP\n    status: proposed\n');
    expect(texts(extractCandidates(await seeds(), { glossary: proposed }))).not.toContain('EWTP');
  });

  it('counts forms together and across articles', async () => {
    const docs = await readSegmentedArticles([path.join(FIXTURES, 'articles')], repoRoot, new Date(0));
    const candidates = extractCandidates(docs);
    expect(candidates.find((c) => c.text === 'Cainiao')).toMatchObject({ count: 4, articles: ['cainiao-liege', 'de-risking'] });
    expect(candidates.find((c) => c.text === 'De-Risking')).toMatchObject({ kind: 'quoted', count: 2, articles: ['de-risking'] });
    expect(candidates.find((c) => c.text === 'EWTP')).toMatchObject({ count: 2 });
    expect(candidates.find((c) => c.text === 'Financial Times')).toMatchObject({ count: 2 });
  });

  it('gives the same ranking every time', async () => {
    expect(extractCandidates(await seeds())).toEqual(extractCandidates(await seeds()));
  });
});
