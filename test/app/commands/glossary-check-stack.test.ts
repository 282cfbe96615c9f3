import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoverageReport } from '../../../glossary/tools/check/measure-coverage.js';
import { runMain } from '../../helpers/run-main.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';

const head = 'source_lang: de\ntarget_lang: en\nterms:\n';
const HOUSE = `${head}  - source: Spionage\n    target: espionage\n  - source: Alibaba\n    dnt: true\n  - source: Lüttich\n    target: Liège\n`;
const DESK = `${head}  - source: Spionage\n    target: spying\n`;

describe('lektor glossary check over a stack', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lektor-check-stack-'));
    await mkdir(path.join(dir, 'news'));
    await writeFile(path.join(dir, 'news', 'a.txt'), 'Der Verdacht: Mögliche Spionage.\nAlibaba bestreitet jegliches Fehlverhalten.\n');
    await writeFile(path.join(dir, 'house.yaml'), HOUSE);
    await writeFile(path.join(dir, 'desk.yaml'), DESK);
    await writeFile(path.join(dir, 'broken.yaml'), `${DESK}  - source: Alibaba\n    dnt: maybe\n`);
  });

  it('counts the stacked terms, the later file winning, each named with its file and line', async () => {
    const run = await runMain(['glossary', 'check', 'house.yaml', 'desk.yaml', 'news', '--out', 'none'], { cwd: dir });
    expect(run).toEqual({
      code: 0,
      err: '',
      out: [
        'house.yaml, desk.yaml: 2 of 3 terms occur in 1 article; no translations found',
        '',
        'term      from          uses  adherence  articles',
        'Alibaba   house.yaml:6     1  -',
        'Spionage  desk.yaml:4      1  -',
        '',
        'never used (1): Lüttich (house.yaml:8)',
        '',
      ].join('\n'),
    });
  });

  it('reads adherence from a translation with the same stack, and gives each term its file in JSON', async () => {
    const translated = await runMain(['translate', 'news', '--model', await tinyModelDir(), '--offline', '--out', 'out', '--format', 'jsonl', '--glossary', 'house.yaml', '--glossary', 'desk.yaml'], { cwd: dir });
    expect(translated.code).toBe(0);
    const table = await runMain(['glossary', 'check', 'house.yaml', 'desk.yaml', 'news', '--out', 'out'], { cwd: dir });
    expect(table.out).toContain('\nAlibaba   house.yaml:6     1  1/1\nSpionage  desk.yaml:4      1  1/1\n');
    const run = await runMain(['glossary', 'check', 'house.yaml', 'desk.yaml', 'news', '--out', 'out', '--json'], { cwd: dir });
    const report = JSON.parse(run.out) as CoverageReport;
    expect(report.glossary).toBe('house.yaml, desk.yaml');
    expect(report.translated).toEqual(['a']);
    expect(report.terms.map((t) => [t.source, t.target, t.from, t.adherence?.total])).toEqual([
      ['Alibaba', 'Alibaba', { file: 'house.yaml', line: 6 }, 1],
      ['Lüttich', 'Liège', { file: 'house.yaml', line: 8 }, undefined],
      ['Spionage', 'spying', { file: 'desk.yaml', line: 4 }, 1],
    ]);
  });

  it('one file keeps the report of before: no file per term', async () => {
    const run = await runMain(['glossary', 'check', 'desk.yaml', 'news', '--out', 'none', '--json'], { cwd: dir });
    expect((JSON.parse(run.out) as CoverageReport).terms).toEqual([{ id: 'spionage', source: 'Spionage', target: 'spying', occurrences: 1, articles: [{ article: 'a', count: 1 }] }]);
  });

  it('stops on a bad file of the stack with one line naming it and the line', async () => {
    const run = await runMain(['glossary', 'check', 'house.yaml', 'broken.yaml', 'news'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^lektor: broken\.yaml:7:\d+: term "Alibaba": [^\n]*\n$/);
  });

  it('refuses glossary files with no articles after them', async () => {
    const run = await runMain(['glossary', 'check', 'house.yaml', 'desk.yaml'], { cwd: dir });
    expect(run).toEqual({ code: 2, out: '', err: 'lektor: glossary check needs articles after the glossary files (house.yaml, desk.yaml)\n' });
  });
});
