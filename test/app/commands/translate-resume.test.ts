import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../pipeline/app/translate/progress.js';
import type { TranslateRunReport } from '../../../pipeline/app/deliver/run-report.js';
import { openSqliteMemory } from '../../../pipeline/engine/memory/sqlite-memory.js';
import { repoRoot, runCli, type CliRun } from '../../helpers/run-cli.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';

/**
 * Six articles cut from the seed, every sentence made unique by its article number, so nothing
 * repeats across articles and the model has several batches of work.
 */
async function writeCorpus(dir: string): Promise<void> {
  const seed = (await readFile(path.join(repoRoot, 'seeds/alibaba-liege-espionage.de.txt'), 'utf8')).split('\n\n').slice(1, 4).join('\n\n');
  await mkdir(dir, { recursive: true });
  for (let n = 1; n <= 6; n++) await writeFile(path.join(dir, `a${n}.txt`), `${seed.replace(/([.!?])(?=\s|$)/g, ` ${n}$1`)}\n`);
}

/** The translations in a folder, by name: run.json, the memory and temp files left by a kill are not outputs. */
async function outputs(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).filter((f) => !f.startsWith('.') && !f.startsWith('lektor-memory') && f !== 'run.json').sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n))] as const)));
}

async function runJson(dir: string): Promise<TranslateRunReport> {
  return JSON.parse(await readFile(path.join(dir, 'run.json'), 'utf8')) as TranslateRunReport;
}

/**
 * Starts the built CLI and acts on it (kills it) once `ready` holds: checked whenever it prints
 * and every 25 ms.
 */
function startCli(args: readonly string[], ready: (output: { stdout: string; stderr: string }) => boolean | Promise<boolean>, act: (pid: number) => void): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', path.join(repoRoot, 'test/helpers/deny-network.mjs'), path.join(repoRoot, 'dist/pipeline/app/bin.js'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, SOURCE_DATE_EPOCH: '1696507620' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const text = { stdout: '', stderr: '' };
    let acted = false;
    const check = async (): Promise<void> => {
      if (acted || child.pid === undefined || !(await ready(text))) return;
      acted = true;
      act(child.pid);
    };
    const poll = setInterval(() => void check(), 25);
    for (const stream of ['stdout', 'stderr'] as const) {
      child[stream].on('data', (d: Buffer) => {
        text[stream] += d.toString();
        void check();
      });
    }
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, ...text });
    });
  });
}

/** Entries in a memory another process is writing (0 before it exists). */
async function entriesIn(file: string): Promise<number> {
  if (!existsSync(file)) return 0;
  const memory = openSqliteMemory(file, { create: false });
  try {
    return (await memory.stats()).entries;
  } finally {
    await memory.close();
  }
}

const events = (stdout: string): ProgressEvent[] => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as ProgressEvent);

describe('lektor translate: resuming, interrupting, sharing a memory', () => {
  let model: string;
  let corpus: string;
  let baseline: Map<string, Buffer>;
  const env = { SOURCE_DATE_EPOCH: '1696507620' };
  let config: string;
  // No fuzzy matches: a resumed run (or the second of two at once) is offered the other run's
  // sentences as matches, by design, so only the translations can equal an uninterrupted run's.
  const args = (out: string, ...more: string[]) => ['translate', corpus, '--model', model, '--offline', '--out', out, '--batch-size', '4', '--format', 'txt,md,html', '--config', config, ...more];

  beforeAll(async () => {
    model = await tinyModelDir();
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-resume-'));
    corpus = path.join(dir, 'news');
    await writeCorpus(corpus);
    config = path.join(dir, 'no-fuzzy.yaml');
    await writeFile(config, 'fuzzy:\n  limit: 0\n');
    const out = path.join(dir, 'baseline');
    const run = await runCli(args(out, '--quiet'), { env });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    baseline = await outputs(out);
    expect([...baseline.keys()]).toContain('a6.en.txt');
    expect([...baseline.keys()]).toContain('index.html');
  });

  it('after SIGKILL, a re-run translates only what is missing and writes the same bytes', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'lektor-killed-'));
    const killed = await startCli(
      [...args(out), '--json'],
      ({ stdout }) => (stdout.match(/"type":"batch"/g) ?? []).length >= 2,
      (pid) => process.kill(pid, 'SIGKILL'),
    );
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stdout).not.toContain('"type":"done"');
    const before = events(killed.stdout).filter((e) => e.type === 'batch').reduce((n, e) => n + (e.type === 'batch' ? e.rows : 0), 0);
    expect(before).toBeGreaterThanOrEqual(8);

    const resumed = await runCli(args(out, '--quiet'), { env });
    expect(resumed).toMatchObject({ code: 0, stderr: '' });
    const report = await runJson(out);
    expect(report.counts.sentencesFromMemory).toBeGreaterThanOrEqual(before);
    expect(report.counts.modelSentences).toBe(report.counts.sentences - report.counts.sentencesFromMemory);
    expect(await outputs(out)).toEqual(baseline);
  });

  it('SIGINT finishes the running batch, says what was done, exits 130; a re-run finishes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-sigint-'));
    const memory = path.join(dir, 'out', 'lektor-memory.sqlite');
    const interrupted = await startCli(
      args(path.join(dir, 'out')),
      // The first batch is remembered: the model is at work on the next.
      async () => (await entriesIn(memory)) > 0,
      (pid) => process.kill(pid, 'SIGINT'),
    );
    expect(interrupted.code).toBe(130);
    expect(interrupted.stderr).toContain('lektor: interrupted; finishing the running batch (Ctrl-C again to stop at once)\n');
    expect(interrupted.stderr).toMatch(/^interrupted: \d translated, 0 from memory, 0 failed; [1-6] not finished \(\d+ new sentences remembered\), run the same command again to finish them$/m);
    const report = await runJson(path.join(dir, 'out'));
    expect(report.status).toBe('interrupted');
    expect(report.counts.translated + report.counts.pending).toBe(6);
    expect(report.pending).toHaveLength(report.counts.pending);
    // The batch running at Ctrl-C was finished and remembered, not thrown away.
    expect(report.counts.modelSentences).toBeGreaterThanOrEqual(8);
    expect(await entriesIn(memory)).toBe(report.counts.modelSentences);

    const finished = await runCli(args(path.join(dir, 'out'), '--quiet'), { env });
    expect(finished).toMatchObject({ code: 0, stderr: '' });
    expect((await runJson(path.join(dir, 'out'))).counts).toMatchObject({ articles: 6, pending: 0, failed: 0, sentencesFromMemory: report.counts.modelSentences });
    expect(await outputs(path.join(dir, 'out'))).toEqual(baseline);
  });

  it('two runs at once on one memory file both finish, with the same bytes and one entry per sentence', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-shared-'));
    const memory = path.join(dir, 'shared.sqlite');
    const [one, two] = await Promise.all([
      runCli(args(path.join(dir, 'one'), '--memory', memory, '--quiet'), { env }),
      runCli(args(path.join(dir, 'two'), '--memory', memory, '--quiet'), { env }),
    ]);
    expect(one).toMatchObject({ code: 0, stderr: '' });
    expect(two).toMatchObject({ code: 0, stderr: '' });
    expect(await outputs(path.join(dir, 'one'))).toEqual(baseline);
    expect(await outputs(path.join(dir, 'two'))).toEqual(baseline);
    const stats = await runCli(['tm', 'stats', '--memory', memory, '--json']);
    expect(JSON.parse(stats.stdout)).toMatchObject({ entries: (await runJson(path.join(dir, 'one'))).counts.sentences });
  });
});
