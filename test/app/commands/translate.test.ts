import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../pipeline/app/translate/progress.js';
import type { TranslateRunReport } from '../../../pipeline/app/deliver/run-report.js';
import { runCli } from '../../helpers/run-cli.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';

async function runJson(dir: string): Promise<TranslateRunReport> {
  return JSON.parse(await readFile(path.join(dir, 'run.json'), 'utf8')) as TranslateRunReport;
}

describe('lektor translate (batch)', () => {
  let model: string;
  let news: string;

  beforeAll(async () => {
    model = await tinyModelDir();
    news = path.join(await mkdtemp(path.join(tmpdir(), 'lektor-cli-')), 'news');
    await mkdir(news);
    await writeFile(path.join(news, 'a.txt'), 'Der Verdacht: Mögliche Spionage.\n');
    await writeFile(path.join(news, 'b.txt'), 'Alibaba bestreitet jegliches Fehlverhalten.\n');
  });

  const translate = (out: string, ...more: string[]) => runCli(['translate', news, '--model', model, '--offline', '--out', out, '--format', 'txt', ...more]);

  it('reports a broken article with its reason, finishes the others, exits 1 with a summary', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-cli-bad-'));
    await cp(news, path.join(dir, 'news'), { recursive: true });
    await writeFile(path.join(dir, 'news', 'broken.txt'), Buffer.from([0x44, 0x65, 0x72, 0x00]));
    const out = path.join(dir, 'out');
    const run = await runCli(['translate', 'news', '--model', model, '--offline', '--out', out, '--format', 'txt'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('lektor: news/broken.txt: binary file (NUL byte at offset 3), expected UTF-8 text\n');
    expect(run.stderr.endsWith('2 translated, 0 from memory, 1 failed (news/broken.txt)\n')).toBe(true);
    expect(await readFile(path.join(out, 'a.en.txt'), 'utf8')).toBe('The suspicion: Possible espionage.\n');
    expect((await runJson(out)).failures).toEqual([{ file: 'news/broken.txt', reason: 'news/broken.txt: binary file (NUL byte at offset 3), expected UTF-8 text' }]);
  });

  it('answers a re-run from memory without loading the model: it works with the model gone', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-cli-gone-'));
    const copy = path.join(dir, 'model');
    await cp(model, copy, { recursive: true });
    const out = path.join(dir, 'out');
    const args = ['translate', news, '--model', copy, '--offline', '--out', out, '--format', 'txt'];
    expect((await runCli(args)).code).toBe(0);
    await rm(copy, { recursive: true });
    const again = await runCli(args);
    expect(again.code).toBe(0);
    expect(again.stderr.endsWith('0 translated, 2 from memory, 0 failed\n')).toBe(true);
    expect((await runJson(out)).model.loaded).toBe(false);
    expect(await readFile(path.join(out, 'b.en.txt'), 'utf8')).toBe('Alibaba denies any wrongdoing.\n');
  });

  it('keys the memory by dtype: --dtype q8 after fp32 loads the quantized model and says so in run.json', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'lektor-cli-q8-'));
    expect((await translate(out, '--quiet')).code).toBe(0);
    expect((await translate(out, '--quiet', '--dtype', 'q8')).code).toBe(0);
    expect(await runJson(out)).toMatchObject({ model: { dtype: 'q8', loaded: true }, counts: { sentencesFromMemory: 0, modelSentences: 2 } });
    const stats = JSON.parse((await runCli(['tm', 'stats', '--out', out, '--json'])).stdout) as { models: { dtype: string; entries: number }[] };
    expect(stats.models.map((m) => [m.dtype, m.entries])).toEqual([
      ['fp32', 2],
      ['q8', 2],
    ]);
  });

  it('--no-memory neither reads nor writes a memory', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'lektor-cli-nomem-'));
    expect((await translate(out, '--quiet', '--no-memory')).code).toBe(0);
    expect((await translate(out, '--quiet', '--no-memory')).code).toBe(0);
    expect(await runJson(out)).toMatchObject({ settings: { memory: null }, model: { loaded: true } });
    expect((await runCli(['tm', 'stats', '--out', out])).stderr).toBe(`lektor: ${path.join(out, 'lektor-memory.sqlite')}: no translation memory here\n`);
  });

  it('--json prints progress events on stdout, in order, and nothing on stderr', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'lektor-cli-json-'));
    const run = await translate(out, '--json');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const events = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as ProgressEvent);
    // Both articles' sentences arrive while the model loads, so they share one batch.
    expect(events.map((e) => e.type)).toEqual(['start', 'model-loaded', 'batch', 'article', 'article', 'done']);
    expect(events.at(-1)).toMatchObject({ type: 'done', runFile: path.join(out, 'run.json'), report: { status: 'completed' } });
  });

  it('--quiet prints nothing when all goes well; without it a line per article and the summary', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'lektor-cli-quiet-'));
    expect(await translate(out, '--quiet')).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const plain = await translate(out);
    expect(plain.stdout).toBe('');
    const lines = plain.stderr.split('\n');
    // Articles are reported as they finish, which need not be input order; the summary is last.
    expect(lines.slice(0, 2).sort()).toEqual([
      `${path.relative(process.cwd(), path.join(news, 'a.txt'))}: 1 sentence, 1 from memory → ${path.join(out, 'a.en.txt')}`,
      `${path.relative(process.cwd(), path.join(news, 'b.txt'))}: 1 sentence, 1 from memory → ${path.join(out, 'b.en.txt')}`,
    ]);
    // A re-run: the memory holds both sentences exactly.
    expect(lines.slice(2, 5)).toEqual(['Matches:        sentences    words', '  reviewed exact        0        0    0%', '  exact                 2        8  100%']);
    expect(lines.slice(10)).toEqual(['  total                 2        8  100%', 'QA: no flags in 2 segments', '0 translated, 2 from memory, 0 failed', '']);
  });

  it('a memory file that is not one: exit 1, one line naming it, nothing translated', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-cli-badmem-'));
    const bad = path.join(dir, 'notes.sqlite');
    await writeFile(bad, 'shopping list\n'.repeat(100));
    const run = await translate(path.join(dir, 'out'), '--quiet', '--memory', bad);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`lektor: ${bad}: cannot open translation memory: file is not a database; move it aside (a new run starts an empty memory) or restore it from a backup\n`);
    expect((await runJson(path.join(dir, 'out'))).status).toBe('error');
  });

  it.each([
    [['--batch-size', '0'], 'lektor: --batch-size must be an integer >= 1, got 0\n'],
    [['--dtype', 'q4'], "error: option '--dtype <dtype>' argument 'q4' is invalid. Allowed choices are fp32, q8.\n"],
  ])('usage error %j: exit 2', async (flags, message) => {
    const run = await translate(await mkdtemp(path.join(tmpdir(), 'lektor-cli-usage-')), ...flags);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(message.trimEnd());
  });

  it('SOURCE_DATE_EPOCH must be seconds', async () => {
    const run = await runCli(['translate', news, '--model', model, '--offline'], { env: { SOURCE_DATE_EPOCH: 'yesterday' } });
    expect(run).toMatchObject({ code: 2, stderr: 'lektor: SOURCE_DATE_EPOCH must be whole seconds since 1970, got "yesterday"\n' });
  });
});

describe('lektor translate: QA and config file', () => {
  let model: string;
  let dir: string;

  beforeAll(async () => {
    model = await tinyModelDir();
    dir = await mkdtemp(path.join(tmpdir(), 'lektor-cli-qa-'));
    // The lookup model drops the year: a real `numbers` finding.
    await writeFile(path.join(dir, 'a.txt'), 'Der Verdacht: Mögliche Spionage im Jahr 2018.\n');
  });

  const run = (out: string, ...more: string[]) => runCli(['translate', 'a.txt', '--model', model, '--offline', '--out', out, '--no-memory', ...more], { cwd: dir });

  it('prints the QA counts before the closing line and stores them in run.json', async () => {
    const out = path.join(dir, 'out-all');
    const r = await run(out, '--format', 'jsonl');
    expect(r.code).toBe(0);
    const qa = (await runJson(out)).qa;
    expect(qa).toMatchObject({ segments: 1 });
    expect(r.stderr).toMatch(/QA: (no flags in 1 segment|\d+ flags? in 1 of 1 segment .*)\n1 translated, 0 from memory, 0 failed\n$/);
    const line = JSON.parse((await readFile(path.join(out, 'a.jsonl'), 'utf8')).trim()) as { flags: { check: string }[] };
    expect(Object.keys(qa?.byCheck ?? {}).sort()).toEqual([...new Set(line.flags.map((f) => f.check))].sort());
  });

  it('--qa none runs no checks: no flags, qa null in run.json', async () => {
    const out = path.join(dir, 'out-none');
    const r = await run(out, '--format', 'jsonl', '--qa', 'none');
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('QA:');
    expect((await runJson(out)).qa).toBeNull();
    expect(JSON.parse((await readFile(path.join(out, 'a.jsonl'), 'utf8')).trim())).toMatchObject({ flags: [] });
  });

  it('--qa with an unknown check id is a usage error naming it', async () => {
    const r = await run(path.join(dir, 'out-bad'), '--qa', 'numbers,spelling');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lektor: .*"spelling".*\n$/);
  });

  it('--config sets formats and QA severities; flags override the file', async () => {
    await writeFile(path.join(dir, 'lektor.yaml'), 'output:\n  formats: [txt, jsonl]\nqa:\n  checks: [numbers]\n  severity:\n    numbers: info\n');
    const out = path.join(dir, 'out-config');
    const r = await run(out, '--config', 'lektor.yaml');
    expect(r.code).toBe(0);
    const line = JSON.parse((await readFile(path.join(out, 'a.jsonl'), 'utf8')).trim()) as { flags: { check: string; severity: string }[] };
    expect(line.flags.every((f) => f.check === 'numbers' && f.severity === 'info')).toBe(true);
    expect((await runJson(out)).settings.formats).toEqual(['txt', 'jsonl']);
    const overridden = path.join(dir, 'out-config-flag');
    expect((await run(overridden, '--config', 'lektor.yaml', '--format', 'txt')).code).toBe(0);
    expect((await runJson(overridden)).settings.formats).toEqual(['txt']);
  });

  it('a config file with an unknown setting stops before any work, naming file and line', async () => {
    await writeFile(path.join(dir, 'bad.yaml'), 'translate:\n  batchsize: 4\n');
    const r = await run(path.join(dir, 'out-bad-config'), '--config', 'bad.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('lektor: bad.yaml:2:3: unknown setting "translate.batchsize"; expected batchSize, batchTokens\n');
  });
});
