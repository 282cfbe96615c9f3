import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { tinyModelDir } from '../helpers/tiny-model.js';

/** The whole path a user takes: the built CLI, the example article, a model on disk, no network. */
describe('lektor translate seeds/ with the generated model', () => {
  let model: string;
  let out: string;
  let run: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    model = await tinyModelDir();
    out = await mkdtemp(path.join(tmpdir(), 'lektor-e2e-'));
    run = await runCli(['translate', 'seeds/', '--model', model, '--offline', '--out', out, '--format', 'txt,md']);
  });

  it('exits 0 and writes the English text and the review table', async () => {
    expect(run.stderr).not.toMatch(/MarianTokenizer|Error|at .*\.js/);
    expect(run.code).toBe(0);
    expect((await readdir(out)).filter((f) => !f.startsWith('.')).sort()).toEqual(
      expect.arrayContaining(['alibaba-liege-espionage.en.txt', 'alibaba-liege-espionage.review.md']),
    );
  });

  it('writes the lookup model\'s English, paragraph by paragraph', async () => {
    const english = await readFile(path.join(out, 'alibaba-liege-espionage.en.txt'), 'utf8');
    const golden = await readFile(path.join(repoRoot, 'test/e2e/golden/alibaba-liege-espionage.en.txt'), 'utf8');
    expect(english).toBe(golden);
  });

  it('puts German and English side by side in the review table', async () => {
    const md = await readFile(path.join(out, 'alibaba-liege-espionage.review.md'), 'utf8');
    expect(md).toContain('Der Verdacht: Mögliche Spionage.');
    expect(md).toContain('The suspicion: Possible espionage.');
  });

  it('gives the same bytes on a second run', async () => {
    const again = await mkdtemp(path.join(tmpdir(), 'lektor-e2e-again-'));
    const second = await runCli(['translate', 'seeds/', '--model', model, '--offline', '--out', again, '--format', 'txt']);
    expect(second.code).toBe(0);
    const a = await readFile(path.join(out, 'alibaba-liege-espionage.en.txt'));
    const b = await readFile(path.join(again, 'alibaba-liege-espionage.en.txt'));
    expect(b.equals(a)).toBe(true);
  });
});

describe('lektor translate errors', () => {
  it('a missing input file: exit 1, one line naming it', async () => {
    const r = await runCli(['translate', 'no-such-article.txt', '--model', await tinyModelDir(), '--offline']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('lektor: no-such-article.txt: no such file or directory\n');
  });

  it('a folder with no .txt: exit 1, one line naming it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-no-txt-'));
    await writeFile(path.join(dir, 'notes.pdf'), '%PDF-1.4');
    const r = await runCli(['translate', dir, '--offline']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`lektor: ${dir}: directory has no .txt, .md or .html articles\n`);
  });

  it('a model directory that does not exist: exit 1, one line naming it', async () => {
    const r = await runCli(['translate', 'seeds/', '--model', '/no/such/model', '--offline', '--out', await mkdtemp(path.join(tmpdir(), 'lektor-x-'))]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').at(-1)).toBe('lektor: model directory "/no/such/model" not found');
  });

  it('--offline with no cached model: exit 1, the models pull command', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'lektor-empty-cache-'));
    const r = await runCli(['translate', 'seeds/', '--offline', '--out', cache], { env: { LEKTOR_MODELS_DIR: cache } });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(
      `lektor: model "Xenova/opus-mt-de-en" is not available offline (looked in ${path.join(cache, 'Xenova/opus-mt-de-en')}); run \`lektor models pull Xenova/opus-mt-de-en\``,
    );
  });

  it('an unknown option is a usage error: exit 2', async () => {
    const r = await runCli(['translate', 'seeds/', '--no-such-flag']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--no-such-flag'");
  });
});
