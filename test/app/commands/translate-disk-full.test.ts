import { mkdir, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../../helpers/run-cli.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';

const ARTICLES = 6;

/** Every file below `dir`, relative to it. */
async function filesBelow(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

describe('lektor translate when the disk fills up', () => {
  let dir: string;
  let model: string;
  const translate = (out: string, env: Record<string, string> = {}) =>
    runCli(['translate', 'news', '--model', model, '--offline', '--out', out, '--format', 'txt,html', '--no-memory'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1700000000', ...env } });

  beforeAll(async () => {
    model = await tinyModelDir();
    dir = await mkdtemp(path.join(tmpdir(), 'lektor-disk-full-'));
    await mkdir(path.join(dir, 'news'));
    const seed = await readFile(path.join(repoRoot, 'seeds/alibaba-liege-espionage.de.txt'), 'utf8');
    for (let n = 0; n < ARTICLES; n++) await writeFile(path.join(dir, 'news', `a${n}.txt`), `Meldung ${n}.\n\n${seed}`);
  });

  it('stops at the first write that does not fit, in one line; what it finished is whole, and a re-run does the rest', async () => {
    const reference = path.join(dir, 'reference');
    expect((await translate(reference)).code).toBe(0);
    const written = await filesBelow(reference);
    let total = 0;
    for (const file of written) total += (await stat(path.join(reference, file))).size;

    const out = path.join(dir, 'out');
    const full = await translate(out, { NODE_OPTIONS: `--import ${path.join(repoRoot, 'test/helpers/full-disk.mjs')}`, LEKTOR_TEST_DISK_DIR: out, LEKTOR_TEST_DISK_BYTES: String(Math.floor(total / 2)) });
    expect(full.code).toBe(1);
    // The articles finished before it are listed as usual; then the one error, and nothing after it.
    const lines = full.stderr.split('\n').filter((line) => line !== '');
    expect(lines.filter((line) => line.startsWith('lektor: '))).toEqual([lines.at(-1)]);
    expect(lines.at(-1)).toMatch(/^lektor: \S+: cannot write \(ENOSPC\): the disk is full$/);

    // No temporary file left, and every file there is the whole file a run with room writes.
    const left = await filesBelow(out);
    expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(left.length).toBeGreaterThan(0);
    for (const file of left) expect(await readFile(path.join(out, file), 'utf8'), file).toBe(await readFile(path.join(reference, file), 'utf8'));

    const again = await translate(out);
    expect(again.code).toBe(0);
    expect(await filesBelow(out)).toEqual(written);
    for (const file of written.filter((f) => f !== 'run.json')) expect(await readFile(path.join(out, file), 'utf8'), file).toBe(await readFile(path.join(reference, file), 'utf8'));
  }, 60_000);
});
