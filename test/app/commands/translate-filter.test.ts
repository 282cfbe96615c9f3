import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { runMain } from '../../helpers/run-main.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';

const GERMAN = 'Der Geheimdienst überwacht das Logistikzentrum.';
const ENGLISH = 'The intelligence service monitors the logistics centre.';

describe('lektor translate - and --text (filter)', () => {
  let model: string;
  let cwd: string;
  beforeAll(async () => {
    model = await tinyModelDir();
    cwd = await mkdtemp(path.join(tmpdir(), 'lektor-filter-'));
  });
  const filter = (args: string[], stdin = '') => runMain(['translate', ...args, '--model', model, '--offline'], { cwd, stdin });

  it('reads standard input and writes the English in its layout to standard output; the count goes to standard error', async () => {
    const run = await filter(['-', '--memory', 'filter.sqlite'], `${GERMAN}\n\n${GERMAN} ${GERMAN}\n`);
    expect(run).toEqual({ code: 0, out: `${ENGLISH}\n\n${ENGLISH} ${ENGLISH}\n`, err: 'lektor: 3 sentences translated, 0 from memory, 1 model call\n' });
    const again = await filter(['-', '--memory', 'filter.sqlite', '--format', 'jsonl'], `${GERMAN}\n`);
    expect(JSON.parse(again.out)).toMatchObject({ article: 'stdin', id: 's0001', source: GERMAN, target: ENGLISH });
    expect(again.err).toBe('lektor: 1 sentence translated, 1 from memory, 0 model calls\n');
  });

  it('--text translates its argument; findings go to standard error with line and column, --quiet keeps only them', async () => {
    const run = await filter(['--text', `${GERMAN}\n\n${GERMAN} Zweiter Absatz hier.`, '--no-memory', '--quiet']);
    expect(run).toEqual({
      code: 0,
      out: `${ENGLISH}\n\n${ENGLISH} Zweiter Absatz hier.`,
      err: 'text:3:49: error: Target is identical to the German source; expected an English translation (untranslated)\n',
    });
  });

  it.each([
    [['-', 'a.txt'], 'lektor: - translates to standard output and takes no other inputs\n'],
    [['-', '--text', 'Hallo'], 'lektor: give - or --text, not both\n'],
    [['a.txt', '--lines'], 'lektor: --lines needs - (standard input) or --text\n'],
    [['-', '--format', 'html'], 'lektor: with -, --format is one of txt, jsonl, got "html"\n'],
    [['-', '--json'], 'lektor: --json reports a run over files; with - the translation goes to standard output (use --format jsonl)\n'],
    [[], 'lektor: missing inputs: give article files or folders, - for standard input, or --text\n'],
  ])('usage error %j: exit 2, one line', async (args, message) => {
    expect(await filter(args)).toEqual({ code: 2, out: '', err: message });
  });

  it('--lines answers each line as it arrives, before the input ends, and batches lines that arrive together', async () => {
    let child: ChildProcess | undefined;
    const running = runCli(['translate', '-', '--lines', '--no-memory', '--model', model, '--offline'], { cwd, onSpawn: (c) => (child = c), keepStdinOpen: true });
    let out = '';
    child?.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child?.stdin?.write(`${GERMAN}\n`);
    await expect.poll(() => out, { timeout: 30_000, interval: 50 }).toBe(`${ENGLISH}\n`);
    const many = Array.from({ length: 30 }, () => 'Der Geheimdienst.');
    child?.stdin?.end(`${many.join('\n')}\n`);
    const run = await running;
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${ENGLISH}\n${'The intelligence service.\n'.repeat(30)}`);
    // 31 lines, the 30 alike sent to the model once: two model calls at most.
    expect(run.stderr).toMatch(/^lektor: 31 lines translated, 0 from memory, [12] model calls?\n$/);
  }, 60_000);
});
