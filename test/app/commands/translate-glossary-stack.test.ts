import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../helpers/review-browser.js';
import { runCli, type CliRun } from '../../helpers/run-cli.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';

const HOUSE = 'source_lang: de\ntarget_lang: en\nname: House\nterms:\n  - source: Spionage\n    target: espionage\n  - source: Alibaba\n    dnt: true\n';
const DESK = 'source_lang: de\ntarget_lang: en\nname: Security desk\nterms:\n  - source: Spionage\n    target: spying\n';

/** The term results of the article's JSONL, one list per sentence. */
async function jsonlTerms(out: string): Promise<Record<string, unknown>[]> {
  const lines = (await readFile(path.join(out, 'a.jsonl'), 'utf8')).trim().split('\n');
  return lines.flatMap((line) => (JSON.parse(line) as { terms: Record<string, unknown>[] }).terms);
}

describe('lektor translate with stacked glossaries', () => {
  let dir: string;
  let run: CliRun;

  beforeAll(async () => {
    const model = await tinyModelDir();
    dir = await mkdtemp(path.join(tmpdir(), 'lektor-stack-cli-'));
    await writeFile(path.join(dir, 'a.txt'), 'Der Verdacht: Mögliche Spionage.\nAlibaba bestreitet jegliches Fehlverhalten.\n');
    await writeFile(path.join(dir, 'house.yaml'), HOUSE);
    await writeFile(path.join(dir, 'desk.yaml'), DESK);
    await writeFile(path.join(dir, 'broken.yaml'), `${DESK}  - source: Alibaba\n    dnt: maybe\n`);
    run = await runCli(['translate', 'a.txt', '--model', model, '--offline', '--out', 'out', '--format', 'jsonl,html,xliff', '--glossary', 'house.yaml', '--glossary', 'desk.yaml'], { cwd: dir });
  });

  it('enforces the later file for a term both give, and the earlier one for the rest', async () => {
    expect(run.code).toBe(0);
    expect((await jsonlTerms(path.join(dir, 'out'))).map((t) => [t.text, t.expected])).toEqual([
      ['Spionage', 'spying'],
      ['Alibaba', 'Alibaba'],
    ]);
  });

  it('says which file each enforced term came from: JSONL, XLIFF notes', async () => {
    const out = path.join(dir, 'out');
    expect((await jsonlTerms(out)).map((t) => [t.text, t.glossary])).toEqual([
      ['Spionage', 'desk.yaml'],
      ['Alibaba', 'house.yaml'],
    ]);
    const xliff = await readFile(path.join(out, 'a.xlf'), 'utf8');
    expect(xliff).toContain('Term “Spionage” → “spying”: in target (from desk.yaml)</note>');
    expect(xliff).toContain('Term “Alibaba” → “Alibaba” (do not translate): in target (from house.yaml)</note>');
    expect(xliff).toContain('Glossary: Security desk (2 terms, stacked from house.yaml, desk.yaml)</note>');
  });

  it("shows the term's file in the review page's tooltip (Chromium)", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(path.join(dir, 'out', 'a.review.html')).href);
      const mark = page.locator('mark.term', { hasText: 'Spionage' }).first();
      await mark.hover();
      const tip = mark.locator('.tip');
      await expect(tip.isVisible()).resolves.toBe(true);
      expect(await tip.innerText()).toContain('from desk.yaml');
    } finally {
      await browser.close();
    }
  });

  it('names every file of the stack, in order, in run.json and the article record', async () => {
    const report = JSON.parse(await readFile(path.join(dir, 'out', 'run.json'), 'utf8')) as { settings: { glossary: string[] } };
    expect(report.settings.glossary).toEqual(['house.yaml', 'desk.yaml']);
    const record = JSON.parse(await readFile(path.join(dir, 'out', '.lektor', 'a.json'), 'utf8')) as { glossary: { path: string[] } };
    expect(record.glossary.path).toEqual([path.join(dir, 'house.yaml'), path.join(dir, 'desk.yaml')]);
  });

  it('stops on a bad file of the stack with one line naming it and the line', async () => {
    const bad = await runCli(['translate', 'a.txt', '--offline', '--out', 'bad', '--glossary', 'house.yaml', '--glossary', 'broken.yaml'], { cwd: dir });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/^lektor: broken\.yaml:8:\d+: term "Alibaba": [^\n]*\n$/);
  });
});
