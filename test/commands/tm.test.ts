import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ModelIdentity } from '../../models/translator.js';
import { main, type CliIO } from '../../pipeline/cli.js';
import { openSqliteMemory } from '../../pipeline/memory/sqlite-memory.js';
import { HAVE_SCHEMAS, SCHEMAS_NOTE, xmllint } from '../output/external-tools.js';

function io(cwd: string): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin: process.stdin,
    env: {},
    cwd,
    out: () => out,
    err: () => err,
  };
}

const hub: ModelIdentity = { id: 'Xenova/opus-mt-de-en', dtype: 'fp32', decoding: { num_beams: 1 } };
const meta = { origin: 'model', createdAt: '2023-10-05T12:07:00.000Z', tool: 'lektor 0.1.0' } as const;

describe('lektor tm', () => {
  let dir: string;
  let file: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lektor-tm-'));
    // Where `lektor translate` puts it by default: in the output folder.
    file = path.join(dir, 'translations', 'lektor-memory.sqlite');
    const memory = openSqliteMemory(file);
    await memory.record(hub, [['Der Verdacht: Mögliche Spionage.', 'The suspicion: possible espionage.'], ['Ja.', 'Yes.']], meta);
    await memory.record({ ...hub, dtype: 'q8' }, [['Ja.', 'Yes.']], meta);
    await memory.record({ ...hub, id: '/models/tiny' }, [['Ja.', 'Yes!']], meta);
    await memory.close();
  });

  it('stats counts entries per model, dtype and decoding, in the default output folder', async () => {
    const cli = io(dir);
    expect(await main(['tm', 'stats'], cli)).toBe(0);
    expect(cli.out()).toBe(
      [
        `${file}: 4 entries`,
        '/models/tiny\tfp32\t{"num_beams":1}\t1',
        'Xenova/opus-mt-de-en\tfp32\t{"num_beams":1}\t2',
        'Xenova/opus-mt-de-en\tq8\t{"num_beams":1}\t1',
        '',
      ].join('\n'),
    );
  });

  it('stats --json, found by --memory', async () => {
    const cli = io(tmpdir());
    expect(await main(['tm', 'stats', '--json', '--memory', file], cli)).toBe(0);
    expect(JSON.parse(cli.out())).toMatchObject({ memory: file, entries: 4 });
  });

  it('export --tmx writes every entry to stdout', async () => {
    const cli = io(dir);
    expect(await main(['tm', 'export', '--tmx'], cli)).toBe(0);
    expect(cli.out().match(/<tu /g)).toHaveLength(4);
    expect(cli.out()).toContain('<seg>The suspicion: possible espionage.</seg>');
    expect(cli.out()).toContain('<prop type="x-lektor-model">/models/tiny</prop>');
  });

  it(`export --tmx is valid TMX 1.4${SCHEMAS_NOTE}`, async ({ skip }) => {
    if (!HAVE_SCHEMAS) skip();
    const cli = io(dir);
    await main(['tm', 'export', '--tmx'], cli);
    const tmx = path.join(dir, 'memory.tmx');
    await writeFile(tmx, cli.out());
    expect(xmllint(tmx, 'tmx').status).toBe(0);
  });

  it('export without a format is a usage error', async () => {
    const cli = io(dir);
    expect(await main(['tm', 'export'], cli)).toBe(2);
    expect(cli.err()).toBe('lektor: tm export: choose a format: --tmx\n');
  });

  it('clear --model forgets one model; clear forgets the rest', async () => {
    const cli = io(dir);
    expect(await main(['tm', 'clear', '--model', '/models/tiny'], cli)).toBe(0);
    expect(await main(['tm', 'clear', '--out', 'translations'], cli)).toBe(0);
    expect(cli.out()).toBe(`removed 1 entry from ${file}\nremoved 3 entries from ${file}\n`);
  });

  it.each([
    [['tm', 'stats', '--out', 'elsewhere'], 'elsewhere/lektor-memory.sqlite: no translation memory here'],
    [['tm', 'clear', '--memory', 'missing.sqlite'], 'missing.sqlite: no translation memory here'],
  ])('%j names the missing memory and exits 1', async (argv, message) => {
    const cli = io(dir);
    expect(await main(argv, cli)).toBe(1);
    expect(cli.err()).toBe(`lektor: ${path.join(dir, message)}\n`);
  });
});
