import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../../../pipeline/app/glossary/check-coverage.js';
import { readSegmentedArticles } from '../../../pipeline/app/glossary/read-segmented-articles.js';
import matchTerms from '../../../pipeline/stages/match-terms.js';
import { repoRoot } from '../../helpers/run-cli.js';
import { FIXTURES, seedGlossary } from '../../glossary/tools/maintenance-fixtures.js';
import { translatedFolder } from '../../glossary/tools/check/translated-jsonl.js';

const now = new Date(0);

describe('checkCoverage', () => {
  it('finds every seed term in the example article, counted as translation matches them', async () => {
    const report = await checkCoverage(seedGlossary(), ['seeds'], { cwd: repoRoot, outDir: 'no-translations-here', now });
    expect(report.articles).toEqual(['alibaba-liege-espionage']);
    expect(report.translated).toEqual([]);
    expect(report.terms.filter((t) => t.occurrences === 0)).toEqual([]);
    expect(Object.fromEntries(report.terms.map((t) => [t.source, t.occurrences]))).toMatchObject({ Alibaba: 10, Cainiao: 4, 'Financial Times': 3, FT: 1, EWTP: 1, Lüttich: 3 });
  });

  it('reads adherence from the translations in the output folder', async () => {
    const match = matchTerms({ glossary: seedGlossary() });
    const docs = await Promise.all((await readSegmentedArticles(['seeds'], repoRoot, now)).map((d) => match(d, { now })));
    const out = await translatedFolder(docs, (hit) => ({ found: hit.termId !== 'ft', repaired: hit.termId === 'luettich' }));
    const report = await checkCoverage(seedGlossary(), ['seeds'], { cwd: repoRoot, outDir: out, now });
    expect(report.translated).toEqual(['alibaba-liege-espionage']);
    expect(report.terms.find((t) => t.id === 'ft')!.adherence).toEqual({ honoured: 0, total: 1, repaired: 0 });
    expect(report.terms.find((t) => t.id === 'luettich')!.adherence).toEqual({ honoured: 3, total: 3, repaired: 3 });
  });

  it('lists the terms that never occur', async () => {
    const report = await checkCoverage(seedGlossary(), [path.join(FIXTURES, 'articles')], { cwd: repoRoot, outDir: 'no-translations-here', now });
    expect(report.articles).toEqual(['cainiao-liege', 'de-risking']);
    // `Alibaba-Tochter` is one word, and not the term Alibaba.
    const unused = ['Alibaba', 'AliExpress', 'Vincent Van Quickenborne', 'Sicherheitsbehörden', 'Logistik-Drehkreuz', 'Spionage', 'Justizminister'];
    expect(report.terms.filter((t) => t.occurrences === 0).map((t) => t.source)).toEqual(unused);
  });
});
