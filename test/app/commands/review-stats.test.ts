import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../pipeline/config.js';
import { mapSegments, type LektorDoc } from '../../../pipeline/core/doc.js';
import type { Suggestions } from '../../../glossary/tools/suggest/suggest-terms.js';
import { writeArticleRecord } from '../../../pipeline/app/review/article-record.js';
import type { TopSuggestions } from '../../../pipeline/app/review/stats/top-suggestions.js';
import { reviewedDocs } from '../../helpers/reviewed-docs.js';
import { reviewedTranslations, SUGGEST_GLOSSARY, SUGGEST_HOUSE } from '../../helpers/reviewed-translations.js';
import { runMain } from '../../helpers/run-main.js';
import { translatedArticles } from '../../helpers/translated-articles.js';

describe('lektor review stats', () => {
  let dir: string;
  let out: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lektor-review-stats-'));
    // The records `lektor translate --out translations` keeps, after reviews of some sentences.
    out = path.join(dir, 'translations');
    // The model's confidence in each reviewed draft; prices' run flagged below 0.7, suspicion's below the default 0.5.
    const scored = (doc: LektorDoc, confidence: (draft?: string) => number) =>
      mapSegments(doc, (s) => (s.origin === 'review' ? { ...s, confidence: confidence(s.draft), lowConfidence: [] } : s));
    const { suspicion, prices } = reviewedDocs();
    const qa = defaultConfig().qa;
    await writeArticleRecord(out, { doc: scored(prices, () => 0.6), formats: ['html'], glossary: null, qa: { ...qa, minConfidence: 0.7 }, memory: null });
    await writeArticleRecord(out, { doc: scored(suspicion, (draft) => (draft === 'Yes.' ? 0.8 : 0.3)), formats: ['html'], glossary: null, qa, memory: null });
  });

  it('prints a row per article (sorted by name) and the total', async () => {
    // The figures are worked out by hand in test/app/review/stats/. Confidence 0.3, 0.6, 0.8 against
    // TER 2/6, 1/6, 0: ranks reversed, Spearman -1; both edited drafts flagged (prices by its run's 0.7), the approved one not.
    expect(await runMain(['review', 'stats', 'translations'], { cwd: dir })).toEqual({
      code: 0,
      out: [
        'article    sentences  reviewed  edited  approved  char edits  TER %  chrF  scored  flagged  Spearman  recall %  precision %',
        'prices             1         1       1         0           8   16.7  77.3       1        1         –     100.0        100.0',
        'suspicion          3         2       1         1           6   25.0  63.5       2        1     -1.00     100.0        100.0',
        'total              4         3       2         1          14   21.4  68.1       3        2     -1.00     100.0        100.0',
        '',
      ].join('\n'),
      err: '',
    });
  });

  it('--json prints one object with the articles and the total', async () => {
    const run = await runMain(['review', 'stats', out, '--json'], { cwd: tmpdir() });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out) as unknown;
    expect(report).toEqual({
      articles: [
        {
          name: 'prices',
          sentences: 1, reviewed: 1, edited: 1, approved: 0, charEdits: 8, wordEdits: 1, referenceWords: 6, ter: expect.closeTo(100 / 6, 10), chrf: expect.closeTo(77.32969745985525, 10),
          triage: { scored: 1, flagged: 1, correlation: null, recall: 1, precision: 1 },
        },
        {
          name: 'suspicion',
          sentences: 3, reviewed: 2, edited: 1, approved: 1, charEdits: 6, wordEdits: 2, referenceWords: 8, ter: 25, chrf: expect.closeTo(63.52906198663775, 10),
          triage: { scored: 2, flagged: 1, correlation: expect.closeTo(-1, 12), recall: 1, precision: 1 },
        },
      ],
      total: {
        sentences: 4, reviewed: 3, edited: 2, approved: 1, charEdits: 14, wordEdits: 3, referenceWords: 14, ter: expect.closeTo(300 / 14, 10), chrf: expect.closeTo(68.05301661835902, 10),
        triage: { scored: 3, flagged: 2, correlation: expect.closeTo(-1, 12), recall: 1, precision: 1 },
      },
      // Three reviews, none repeating another: nothing to suggest.
      suggestions: { proposals: [], disputed: [], found: { proposals: 0, disputed: 0 } },
    });
  });

  it('a folder without records is one line naming it, exit 1', async () => {
    await mkdir(path.join(dir, 'empty'));
    expect(await runMain(['review', 'stats', 'empty'], { cwd: dir })).toEqual({
      code: 1,
      out: '',
      err: `lektor: ${path.join(dir, 'empty')}: no translated articles here (run \`lektor translate\` with --out pointing at this folder first)\n`,
    });
  });

  it('an unreadable record is one line naming its file, exit 1', async () => {
    const broken = path.join(out, '.lektor', 'broken.json');
    await writeFile(broken, '{');
    const run = await runMain(['review', 'stats', 'translations'], { cwd: dir });
    expect(run).toMatchObject({ code: 1, out: '' });
    expect(run.err).toMatch(/^lektor: .+: not a Lektor article record \(.+\)\n$/);
    expect(run.err).toContain(`${broken}: `);
  });

  it('without a folder is a usage error', async () => {
    expect(await runMain(['review', 'stats'], { cwd: dir })).toMatchObject({ code: 2, out: '' });
  });
});

describe('lektor review stats: the glossary suggestions', () => {
  /** What follows the table: the table is the rows above, up to the first blank line. */
  const afterTable = (out: string) => {
    expect(out).toMatch(/^article .+\n(?:.+\n)*total .+\n/);
    return out.slice(out.indexOf('\n\n') + 1);
  };
  // "Hafen" given "port" in three sentences of two articles; the glossary's "espionage" replaced twice.
  // The tests that change the run's glossary make a folder of their own.
  let reviewed: Awaited<ReturnType<typeof reviewedTranslations>>;
  beforeAll(async () => {
    reviewed = await reviewedTranslations();
  }, 60_000);

  it('names the top proposals and disputed entries under the table, with the glossary suggest command of the run', async () => {
    const { dir, glossary } = reviewed;
    const run = await runMain(['review', 'stats', 'out'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(afterTable(run.out)).toBe(
      '\nglossary proposals (1):\n' +
        '  Hafen → port    3 sentences in 2 articles (a, b)\n' +
        '\ndisputed glossary entries (1):\n' +
        `  Spionage → espionage (${glossary}:5)    replaced in 2 sentences in 2 articles (a, b) by Spying (2)\n` +
        `\nall of them, with examples: lektor glossary suggest out --glossary ${glossary}\n`,
    );
  });

  it('--json: the same under suggestions, as glossary suggest gives them, with how many it finds in all', async () => {
    const { dir, glossary } = reviewed;
    const run = await runMain(['review', 'stats', 'out', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const { suggestions } = JSON.parse(run.out) as { suggestions: TopSuggestions };
    expect(suggestions.proposals.map((p) => [p.source, p.target, p.sentences, p.articles])).toEqual([['Hafen', 'port', 3, ['a', 'b']]]);
    expect(suggestions.disputed.map((d) => [d.source, d.target, d.sentences, d.replacements])).toEqual([['Spionage', 'espionage', 2, [{ english: 'Spying', sentences: 2 }]]]);
    const full = JSON.parse((await runMain(['glossary', 'suggest', 'out', '--glossary', glossary, '--json'], { cwd: dir })).out) as Suggestions;
    expect(suggestions).toEqual({ proposals: full.proposals, disputed: full.disputed, found: { proposals: 1, disputed: 1 } });
  });

  it('reads the run’s glossary as it is now: a proposal written into it is not named again', async () => {
    const { dir, glossary } = await reviewedTranslations();
    expect((await runMain(['glossary', 'suggest', 'out', '--write', glossary], { cwd: dir })).code).toBe(0);
    const run = await runMain(['review', 'stats', 'out'], { cwd: dir });
    expect(afterTable(run.out)).toBe(
      '\ndisputed glossary entries (1):\n' +
        `  Spionage → espionage (${glossary}:5)    replaced in 2 sentences in 2 articles (a, b) by Spying (2)\n` +
        `\nall of them, with examples: lektor glossary suggest out --glossary ${glossary}\n`,
    );
  }, 60_000);

  it('--glossary: proposes nothing that glossary has, and the command says so too', async () => {
    const { dir } = reviewed;
    await writeFile(path.join(dir, 'house.yaml'), `${SUGGEST_GLOSSARY}  - source: Hafen\n    target: harbour\n`);
    const run = await runMain(['review', 'stats', 'out', '--glossary', 'house.yaml', '--json'], { cwd: dir });
    expect(JSON.parse(run.out)).toMatchObject({ suggestions: { proposals: [], disputed: [{ source: 'Spionage' }], found: { proposals: 0, disputed: 1 } } });
    expect(afterTable((await runMain(['review', 'stats', 'out', '-g', 'house.yaml'], { cwd: dir })).out)).toMatch(/\nall of them, with examples: lektor glossary suggest out --glossary house\.yaml\n$/);
    expect(await runMain(['review', 'stats', 'out', '--glossary', 'nope.yaml'], { cwd: dir })).toEqual({ code: 1, out: '', err: 'lektor: nope.yaml: no such file\n' });
  });

  it('reads a run made with a stack whole: no German of its first file proposed, the disputed entry named with its file', async () => {
    const { dir, glossary, stack } = await reviewedTranslations(SUGGEST_HOUSE);
    const run = await runMain(['review', 'stats', 'out'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(afterTable(run.out)).toBe(
      '\ndisputed glossary entries (1):\n' +
        `  Spionage → espionage (${glossary}:5)    replaced in 2 sentences in 2 articles (a, b) by Spying (2)\n` +
        `\nall of them, with examples: lektor glossary suggest out --glossary ${stack[0]} --glossary ${glossary}\n`,
    );
    // The same given as --glossary, repeated; the story's file alone does not have Hafen.
    const given = await runMain(['review', 'stats', path.join(dir, 'out'), '-g', 'house.yaml', '-g', 'glossary.yaml', '--json'], { cwd: path.dirname(glossary) });
    expect(JSON.parse(given.out)).toMatchObject({ suggestions: { proposals: [], disputed: [{ source: 'Spionage', file: 'glossary.yaml', line: 5 }] } });
    const alone = await runMain(['review', 'stats', path.join(dir, 'out'), '-g', 'glossary.yaml', '--json'], { cwd: path.dirname(glossary) });
    expect(JSON.parse(alone.out)).toMatchObject({ suggestions: { proposals: [{ source: 'Hafen', target: 'port' }] } });
  }, 60_000);

  it('a run’s glossary that is gone: a warning, and the figures and suggestions without it', async () => {
    const { dir, glossary } = await reviewedTranslations();
    await rm(glossary);
    const run = await runMain(['review', 'stats', 'out'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.err).toBe(`lektor: ${glossary}: no such file; the run's glossary is left out, so its entries may be proposed (give --glossary)\n`);
    expect(afterTable(run.out)).toContain('\n  Hafen → port    3 sentences in 2 articles (a, b)\n');
    expect(afterTable(run.out)).toMatch(/\nall of them, with examples: lektor glossary suggest out\n$/);
  }, 60_000);

  it('a folder nobody reviewed: the table alone', async () => {
    const { dir } = await translatedArticles({ a: 'Der Hafen in Lüttich.\n', b: 'Der Hafen in Belgien.\n' });
    const run = await runMain(['review', 'stats', 'out'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toMatch(/^article .+\na .+\nb .+\ntotal +2 +0 .+\n$/);
    expect(JSON.parse((await runMain(['review', 'stats', 'out', '--json'], { cwd: dir })).out).suggestions).toEqual({ proposals: [], disputed: [], found: { proposals: 0, disputed: 0 } });
  }, 60_000);
});
