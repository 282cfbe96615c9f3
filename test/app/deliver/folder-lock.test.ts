import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleRecord } from '../../../pipeline/app/review/article-record.js';
import { segmentsOf } from '../../../pipeline/core/doc.js';
import { segmentVersion } from '../../../pipeline/core/segment-version.js';
import { editedCopy } from '../../helpers/edit-file.js';
import { repoRoot, runCli } from '../../helpers/run-cli.js';
import { ageLock } from '../../helpers/stale-lock.js';
import { translatedArticles } from '../../helpers/translated-articles.js';

const ARTICLE = 'Spionage in Lüttich\n\nDer Verdacht: Mögliche Spionage. Alibaba bestreitet jegliches Fehlverhalten. Der Verdacht ist groß.\n';

/** Article `a` translated into `out`, and the machine's English of its sentences by id. */
async function translated(): Promise<{ dir: string; out: string; english: (id: string) => Promise<string | undefined> }> {
  const { dir, out } = await translatedArticles({ a: ARTICLE });
  const english = async (id: string) => segmentsOf((await readArticleRecord(out, 'a')).doc).find((s) => s.id === id)?.target;
  return { dir, out, english };
}

/** A copy of the run's XLIFF in which a reviewer changed one sentence's English. */
async function edited(dir: string, out: string, file: string, from: string, to: string): Promise<string> {
  return editedCopy(path.join(out, 'a.xlf'), path.join(dir, file), [[`>${from}</target>`, `>${to}</target>`]]);
}

/** Another process holding `out`'s lock (until killed), once it says so. */
async function lockHolder(out: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'test/helpers/hold-folder-lock.mjs'), out], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => child.stdout!.once('data', resolve));
  return child;
}

describe('processes changing one output folder', () => {
  it('two review imports of the same article at once: both edits end in the record; the later one refuses the other’s sentence as changed', async () => {
    const { dir, out, english } = await translated();
    const [s3, s4] = [(await english('s0003'))!, (await english('s0004'))!];
    await edited(dir, out, 'one.xlf', s3, 'Alibaba rejects all wrongdoing.');
    await edited(dir, out, 'two.xlf', s4, 'The suspicion is great.');
    const runs = await Promise.all(['one.xlf', 'two.xlf'].map((file) => runCli(['review', 'import', file, '--out', 'out'], { cwd: dir })));
    expect(runs.map((r) => r.stderr)).toEqual(['', '']);
    expect(runs.map((r) => r.code).sort()).toEqual([0, 1]);
    expect(runs.map((r) => r.stdout).join('')).toMatch(/changed in Lektor after this file was written/);
    expect([await english('s0003'), await english('s0004')]).toEqual(['Alibaba rejects all wrongdoing.', 'The suspicion is great.']);
  }, 60_000);

  it('a review-serve save during an import: both kept', async () => {
    const { dir, out, english } = await translated();
    await edited(dir, out, 'cat.xlf', (await english('s0004'))!, 'The suspicion is great.');
    const s3 = segmentsOf((await readArticleRecord(out, 'a')).doc).find((s) => s.id === 's0003')!;
    let outcome: Promise<[number, number | null]> | undefined;
    const served = await runCli(['review', 'serve', out, '--port', '0'], {
      onSpawn: (server) =>
        server.stdout?.once('data', (chunk: Buffer) => {
          const url = new URL(chunk.toString().trim());
          const save = fetch(`${url.origin}/api/articles/a/segments/s0003`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Lektor-Token': url.searchParams.get('token')! },
            body: JSON.stringify({ target: 'Alibaba rejects all wrongdoing.', version: segmentVersion(s3) }),
          }).then((answer) => answer.status);
          const imported = runCli(['review', 'import', 'cat.xlf', '--out', 'out'], { cwd: dir }).then((run) => run.code);
          outcome = Promise.all([save, imported]);
          void outcome.finally(() => server.kill('SIGINT'));
        }),
    });
    expect(served.code).toBe(0);
    const [saved, importCode] = await outcome!;
    expect(saved).toBe(200);
    // 1 when the save came first: the file's s0003 is then older than Lektor's, and refused.
    expect([0, 1]).toContain(importCode);
    expect([await english('s0003'), await english('s0004')]).toEqual(['Alibaba rejects all wrongdoing.', 'The suspicion is great.']);
  }, 60_000);

  it('takes over the lock a SIGKILLed process left, once it is stale', async () => {
    const { dir, out, english } = await translated();
    await edited(dir, out, 'cat.xlf', (await english('s0004'))!, 'The suspicion is great.');
    const holder = await lockHolder(out);
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('close', resolve));
    expect(existsSync(path.join(out, '.lektor', 'folder.lock'))).toBe(true);
    await ageLock(path.join(out, '.lektor', 'folder.lock'));
    const run = await runCli(['review', 'import', 'cat.xlf', '--out', 'out', '--lock-wait', '5'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: '', stdout: '1 correction, 0 approvals, 0 refused\n' });
    expect(await english('s0004')).toBe('The suspicion is great.');
    expect(existsSync(path.join(out, '.lektor', 'folder.lock'))).toBe(false);
  }, 60_000);

  it('gives up after --lock-wait while another process holds the folder: one line naming it, exit 1, nothing changed', async () => {
    const { dir, out, english } = await translated();
    const before = (await english('s0004'))!;
    await edited(dir, out, 'cat.xlf', before, 'The suspicion is great.');
    const holder = await lockHolder(out);
    try {
      const run = await runCli(['review', 'import', 'cat.xlf', '--out', 'out', '--lock-wait', '1'], { cwd: dir });
      expect(run).toMatchObject({
        code: 1,
        stdout: '',
        stderr: `lektor: ${out}: another Lektor process has held its lock for over 1 s; try again when it has finished (or remove ${path.join(out, '.lektor', 'folder.lock')} if no Lektor process runs)\n`,
      });
    } finally {
      holder.kill('SIGKILL');
    }
    expect(await english('s0004')).toBe(before);
  }, 60_000);
});
