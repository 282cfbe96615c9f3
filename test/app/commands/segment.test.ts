import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../../helpers/run-main.js';

const seed = new URL('../../../seeds/alibaba-liege-espionage.de.txt', import.meta.url);
const golden = new URL('../../segmenter/golden/alibaba-liege-espionage.json', import.meta.url);

function run(args: string[], stdin: string | Uint8Array = '', cwd = process.cwd()) {
  return runMain(['segment', ...args], { stdin, cwd });
}

async function tempFile(name: string, content: string | Uint8Array): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lektor-segment-'));
  const file = path.join(dir, name);
  await writeFile(file, content);
  return { dir, file };
}

describe('lektor segment', () => {
  it('prints one segment per line', async () => {
    const { code, out, err } = await run([seed.pathname]);
    expect([code, err]).toEqual([0, '']);
    const lines = out.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Geheimdienst überwacht Logistikzentrum Alibaba unter Spionageverdacht in Belgien',
      'Stand: 05.10.2023 12:07 Uhr',
      'Belgische Sicherheitsbehörden haben laut "Financial Times" das europäische Logistik-Drehkreuz des chinesischen Online-Händlers Alibaba ins Visier genommen.',
      'Der Verdacht: Mögliche Spionage.',
    ]);
    expect(lines).toHaveLength(26);
    expect(lines.at(-1)).toBe('');
  });

  it('prints the JSON records of the golden file with --json', async () => {
    const { code, out } = await run(['--json', seed.pathname]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(JSON.parse(await readFile(golden, 'utf8')));
  });

  it('resolves a relative file against the working directory', async () => {
    const { dir } = await tempFile('kurz.txt', 'Eins. Zwei.');
    expect((await run(['kurz.txt'], '', dir)).out).toBe('Eins.\nZwei.\n');
  });

  it.each([[['-']], [[]]])('reads standard input given %j', async (args) => {
    const { code, out } = await run(args, 'Die Polizei ermittelt.Die Hintergründe sind unklar.');
    expect([code, out]).toEqual([0, 'Die Polizei ermittelt.\nDie Hintergründe sind unklar.\n']);
  });

  it('prints a hard-wrapped sentence on one line, and its exact text in JSON', async () => {
    const text = 'Der belgische Geheimdienst hat einem Medienbericht\nzufolge das Logistikzentrum überwacht.';
    expect((await run([], text)).out).toBe('Der belgische Geheimdienst hat einem Medienbericht zufolge das Logistikzentrum überwacht.\n');
    expect(JSON.parse((await run(['--json'], text)).out)).toEqual([{ text, start: 0, end: text.length, paragraph: 'p0001', kind: 'paragraph' }]);
  });

  it.each([
    [[], ''],
    [['--json'], '[]\n'],
  ])('prints no segments for empty input with %j', async (args, expected) => {
    expect(await run(args, ' \n\n ')).toEqual({ code: 0, out: expected, err: '' });
  });

  it('rejects a binary file in one line naming it', async () => {
    const { file } = await tempFile('bild.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(await run([file])).toEqual({ code: 1, out: '', err: `lektor: ${file}: binary file (NUL byte at offset 4), expected UTF-8 text\n` });
  });

  it('rejects invalid UTF-8 on standard input in one line naming it', async () => {
    const bytes = new Uint8Array([...Buffer.from('Erste Zeile\nzweite '), 0xfc, ...Buffer.from('ber')]);
    expect(await run(['-'], bytes)).toEqual({ code: 1, out: '', err: 'lektor: stdin:2: invalid UTF-8, expected UTF-8 text\n' });
  });

  it('names a missing file', async () => {
    const { dir } = await tempFile('da.txt', '');
    expect(await run(['fehlt.txt'], '', dir)).toEqual({ code: 1, out: '', err: `lektor: ${path.join(dir, 'fehlt.txt')}: no such file\n` });
  });
});
