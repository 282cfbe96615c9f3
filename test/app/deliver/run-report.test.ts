import { Ajv } from 'ajv';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelIdentity } from '../../../models/translator.js';
import { FORMAT_NAMES } from '../../../output/index.js';
import { renderRunReport } from '../../../pipeline/app/deliver/run-report.js';
import schema from '../../../pipeline/app/deliver/run-report.schema.json' with { type: 'json' };
import { addArticles } from '../../../pipeline/app/queue/add-articles.js';
import { runWorker } from '../../../pipeline/app/queue/run-worker.js';
import { resolveConfig } from '../../../pipeline/config.js';
import { openRedisMemory } from '../../../pipeline/engine/memory/redis-memory.js';
import { fakeTranslator } from '../../helpers/fake-translator.js';
import { redisForTests } from '../../helpers/redis-server.js';
import { runMain } from '../../helpers/run-main.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';
import { report } from '../report/events.js';

const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);
const NOW = new Date('2024-01-01T00:00:00Z');
const BINARY = Buffer.from([0x47, 0x00, 0x01]);

/** The schema's complaints about a file's JSON, none when it fits. */
async function complaints(file: string): Promise<string[]> {
  const data: unknown = JSON.parse(await readFile(file, 'utf8'));
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** A folder of articles: a.txt and b.txt, and a binary c.txt when asked. */
async function news(withBinary: boolean): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lektor-run-json-'));
  await mkdir(path.join(dir, 'news'));
  await writeFile(path.join(dir, 'news', 'a.txt'), 'Guten Morgen. Der Verdacht: Mögliche Spionage im Jahr 2018.\n');
  await writeFile(path.join(dir, 'news', 'b.txt'), 'Guten Abend.\n');
  if (withBinary) await writeFile(path.join(dir, 'news', 'c.txt'), BINARY);
  return dir;
}

describe('renderRunReport', () => {
  it('renders two-space JSON with a final newline', () => {
    const r = report();
    expect(renderRunReport(r)).toBe(`${JSON.stringify(r, null, 2)}\n`);
  });
});

describe('run-report.schema.json', () => {
  it('names every output format', () => {
    expect([...schema.definitions.formats.items.enum].sort()).toEqual([...FORMAT_NAMES].sort());
  });

  it.each([
    ['a translate report with a collect status', { ...report(), status: 'pending' }],
    ['a translate report without its model counts', report({}, { modelCalls: undefined })],
    ['a report with a field of neither', { ...report(), speed: 'fast' }],
    ['a report with a negative count', report({}, { failed: -1 })],
  ])('refuses %s', (_, data) => {
    expect(validate(JSON.parse(JSON.stringify(data)))).toBe(false);
  });
});

describe('run.json written by lektor translate', () => {
  let model: string;
  beforeAll(async () => {
    model = await tinyModelDir();
  });

  it.each([
    ['completed', false, ['--format', 'txt,html']],
    ['failures', true, ['--qa', 'none']],
    ['error', false, ['--model', '/nonexistent/model']],
  ])('fits the schema: status %s', async (status, withBinary, args) => {
    const dir = await news(withBinary);
    await runMain(['translate', 'news', '--model', model, '--offline', '--out', 'out', '-q', ...args], { cwd: dir });
    const file = path.join(dir, 'out', 'run.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ status });
    expect(await complaints(file)).toEqual([]);
  });
});

describe('run.json written by queue collect', () => {
  const fixture = redisForTests();
  const identity: ModelIdentity = { id: 'fake/model', dtype: 'fp32', decoding: { num_beams: 1 } };
  const config = resolveConfig([{ model: { id: 'fake/model' } }], {});

  it('fits the schema with articles still queued, and once they are done or failed', async () => {
    const dir = await news(true);
    await addArticles(['news'], { redis: fixture.redis, cwd: dir, now: NOW, model: { identity: identity.id, dtype: identity.dtype }, qa: config.qa });
    const collect = (out: string) => runMain(['queue', 'collect', '--redis', fixture.server.url, '--out', out, '--format', 'txt,html'], { cwd: dir });

    expect((await collect('early')).code).toBe(0);
    expect(JSON.parse(await readFile(path.join(dir, 'early', 'run.json'), 'utf8'))).toMatchObject({ status: 'pending' });
    expect(await complaints(path.join(dir, 'early', 'run.json'))).toEqual([]);

    const memory = openRedisMemory(fixture.redis, { location: fixture.server.url });
    expect(await runWorker({ redis: fixture.redis, config, identity, loadTranslator: async () => fakeTranslator(), memory, now: NOW, exitWhenIdle: true })).toMatchObject({ done: 2, failed: 1 });
    expect((await collect('out')).code).toBe(1);
    expect(JSON.parse(await readFile(path.join(dir, 'out', 'run.json'), 'utf8'))).toMatchObject({ status: 'failures', counts: { done: 2, failed: 1 } });
    expect(await complaints(path.join(dir, 'out', 'run.json'))).toEqual([]);
  });
});
