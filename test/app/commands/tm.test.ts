import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ModelIdentity } from '../../../models/translator.js';
import { openSqliteMemory } from '../../../pipeline/engine/memory/sqlite-memory.js';
import { runMain } from '../../helpers/run-main.js';
import { HAVE_SCHEMAS, SCHEMAS_NOTE, xmllint } from '../../output/external-tools.js';

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
    await memory.record(hub, [['Der Verdacht: Mögliche Spionage.', { text: 'The suspicion: possible espionage.' }], ['Ja.', { text: 'Yes.' }]], meta);
    await memory.record({ ...hub, dtype: 'q8' }, [['Ja.', { text: 'Yes.' }]], meta);
    await memory.record({ ...hub, id: '/models/tiny' }, [['Ja.', { text: 'Yes!' }]], meta);
    await memory.recordReviews([{ source: 'Ja.', modelInput: null, target: 'Yes, indeed.', draft: 'Yes.', createdAt: '2026-11-30T09:00:00.000Z', tool: 'lektor 0.1.0' }]);
    await memory.close();
  });

  it('stats counts entries per model, dtype and decoding, in the default output folder', async () => {
    const run = await runMain(['tm', 'stats'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.out).toBe(
      [
        `${file}: 4 entries, 1 reviewed`,
        '/models/tiny\tfp32\t{"num_beams":1}\t1',
        'Xenova/opus-mt-de-en\tfp32\t{"num_beams":1}\t2',
        'Xenova/opus-mt-de-en\tq8\t{"num_beams":1}\t1',
        '',
      ].join('\n'),
    );
  });

  it('stats --json, found by --memory', async () => {
    const run = await runMain(['tm', 'stats', '--json', '--memory', file], { cwd: tmpdir() });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ memory: file, entries: 4, reviewed: 1 });
  });

  it('export --tmx writes every review and entry to stdout, the review with its date', async () => {
    const run = await runMain(['tm', 'export', '--tmx'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.out.match(/<tu /g)).toHaveLength(5);
    expect(run.out).toContain('<tu creationdate="20261130T090000Z" creationtool="Lektor">\n      <prop type="x-lektor-origin">review</prop>');
    expect(run.out).toContain('<seg>The suspicion: possible espionage.</seg>');
    expect(run.out).toContain('<prop type="x-lektor-model">/models/tiny</prop>');
  });

  it(`export --tmx is valid TMX 1.4${SCHEMAS_NOTE}`, async ({ skip }) => {
    if (!HAVE_SCHEMAS) skip();
    const tmx = path.join(dir, 'memory.tmx');
    await writeFile(tmx, (await runMain(['tm', 'export', '--tmx'], { cwd: dir })).out);
    expect(xmllint(tmx, 'tmx').status).toBe(0);
  });

  it('search finds a German word in any inflection, reviews first, with the phrase marked; --english the English; --json the hits', async () => {
    const found = await runMain(['tm', 'search', 'spionage'], { cwd: dir });
    expect(found).toMatchObject({ code: 0, out: 'Der Verdacht: Mögliche «Spionage».\tThe suspicion: possible espionage.\tmodel\t2023-10-05T12:07:00.000Z\n' });
    const english = await runMain(['tm', 'search', 'yes', '--english', '--limit', '1'], { cwd: dir });
    expect(english.out).toBe('Ja.\tYes, indeed.\treview\t2026-11-30T09:00:00.000Z\n'.replace('Yes', '«Yes»'));
    const json = await runMain(['tm', 'search', 'Verdachts', '--json'], { cwd: dir });
    expect(JSON.parse(json.out)).toEqual([{ source: 'Der Verdacht: Mögliche Spionage.', target: 'The suspicion: possible espionage.', origin: 'model', createdAt: meta.createdAt, span: { start: 4, end: 12 } }]);
    expect(await runMain(['tm', 'search', 'Ja', '--limit', '0'], { cwd: dir })).toMatchObject({ code: 2 });
  });

  it('export without a format is a usage error', async () => {
    expect(await runMain(['tm', 'export'], { cwd: dir })).toMatchObject({ code: 2, err: 'lektor: tm export: choose a format: --tmx\n' });
  });

  it('clear --model forgets one model; clear forgets the rest but the reviews; --reviewed those too', async () => {
    const kept = ' (reviews kept; --reviewed removes them)';
    expect(await runMain(['tm', 'clear', '--model', '/models/tiny'], { cwd: dir })).toMatchObject({ code: 0, out: `removed 1 entry and 0 reviews from ${file}${kept}\n` });
    expect(await runMain(['tm', 'clear', '--out', 'translations'], { cwd: dir })).toMatchObject({ code: 0, out: `removed 3 entries and 0 reviews from ${file}${kept}\n` });
    expect((await runMain(['tm', 'stats'], { cwd: dir })).out).toBe(`${file}: 0 entries, 1 reviewed\n`);
    expect(await runMain(['tm', 'clear', '--reviewed'], { cwd: dir })).toMatchObject({ code: 0, out: `removed 0 entries and 1 review from ${file}\n` });
  });

  it.each([
    [['tm', 'stats', '--out', 'elsewhere'], 'elsewhere/lektor-memory.sqlite: no translation memory here'],
    [['tm', 'clear', '--memory', 'missing.sqlite'], 'missing.sqlite: no translation memory here'],
  ])('%j names the missing memory and exits 1', async (argv, message) => {
    expect(await runMain(argv, { cwd: dir })).toMatchObject({ code: 1, err: `lektor: ${path.join(dir, message)}\n` });
  });
});
