import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../pipeline/config.js';
import { mapSegments, type LektorDoc } from '../../../pipeline/core/doc.js';
import { writeArticleRecord } from '../../../pipeline/app/review/article-record.js';
import { reviewedDocs } from '../../helpers/reviewed-docs.js';
import { runMain } from '../../helpers/run-main.js';

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
