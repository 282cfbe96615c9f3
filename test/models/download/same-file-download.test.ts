import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILES, filesUnder, onnxFiles } from '../../../models/model-source.js';
import { tinyModelHub } from '../../helpers/local-hub.js';
import { repoRoot } from '../../helpers/run-cli.js';

const FILES = [...CONFIG_FILES, ...onnxFiles('fp32')];
const { serve, hub, source } = tinyModelHub('Acme/tiny');

interface Exit {
  readonly code: number | null;
  readonly stderr: string;
}

/** A download in its own process, started; `go()` lets it fetch, `exit` is how it ended. */
function downloader(dir: string): { ready: Promise<void>; go(): void; exit: Promise<Exit> } {
  const child = spawn(process.execPath, [path.join(repoRoot, 'test/helpers/download-model.mjs'), hub().url, 'Acme/tiny', dir, ...FILES], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const ready = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  const exit = new Promise<Exit>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  return { ready, go: () => child.stdin.write('go\n'), exit };
}

describe('two processes downloading the same model', () => {
  it('take turns on each file: both succeed, each file whole and once, no .incomplete part or lock left', async () => {
    await serve();
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-same-download-'));
    const runs = [downloader(dir), downloader(dir)];
    await Promise.all(runs.map((r) => r.ready));
    for (const run of runs) run.go();
    expect(await Promise.all(runs.map((r) => r.exit))).toEqual([
      { code: 0, stderr: '' },
      { code: 0, stderr: '' },
    ]);
    expect((await filesUnder(dir)).sort()).toEqual([...FILES].sort());
    for (const file of FILES) expect((await readFile(path.join(dir, file))).equals(await readFile(path.join(source(), file))), file).toBe(true);
    expect((await readdir(path.join(dir, 'onnx'))).filter((f) => f.endsWith('.lock') || f.includes('.incomplete'))).toEqual([]);
  }, 60_000);
});
