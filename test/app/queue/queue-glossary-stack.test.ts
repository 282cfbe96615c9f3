import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../../glossary/load.js';
import type { ModelIdentity } from '../../../models/translator.js';
import { openQueue } from '../../../pipeline/app/queue/open-queue.js';
import { modelQueues } from '../../../pipeline/app/queue/model-queues.js';
import type { ArticleJob } from '../../../pipeline/app/queue/article-job.js';
import { runWorker } from '../../../pipeline/app/queue/run-worker.js';
import { translateFiles } from '../../../pipeline/app/translate/translate-files.js';
import { resolveConfig } from '../../../pipeline/config.js';
import { fakeTranslator } from '../../helpers/fake-translator.js';
import { redisForTests } from '../../helpers/redis-server.js';
import { runMain } from '../../helpers/run-main.js';

const HOUSE = 'source_lang: de\ntarget_lang: en\nname: House\nterms:\n  - source: Spionage\n    target: espionage\n  - source: Alibaba\n    dnt: true\n';
const DESK = 'source_lang: de\ntarget_lang: en\nname: Security desk\nterms:\n  - source: Spionage\n    target: spying\n';
const STACK = ['house.yaml', 'desk.yaml'];

const identity: ModelIdentity = { id: 'fake/model', dtype: 'fp32', decoding: { num_beams: 1 } };
const config = resolveConfig([{ model: { id: 'fake/model' } }], {});
const env = { SOURCE_DATE_EPOCH: '1704067200' };

const fixture = redisForTests();
let dir: string;

beforeEach(async () => {
  await fixture.redis.flushall();
  dir = await mkdtemp(path.join(tmpdir(), 'lektor-queue-stack-'));
  await mkdir(path.join(dir, 'news'));
  await writeFile(path.join(dir, 'news', 'a.txt'), 'Der Verdacht: Mögliche Spionage.\nAlibaba bestreitet jegliches Fehlverhalten.\n');
  await writeFile(path.join(dir, 'house.yaml'), HOUSE);
  await writeFile(path.join(dir, 'desk.yaml'), DESK);
});

const queueAdd = (...glossaries: string[]) =>
  runMain(['queue', 'add', 'news', '--redis', fixture.server.url, '--model', 'fake/model', '--dtype', 'fp32', ...glossaries.flatMap((g) => ['--glossary', g])], { cwd: dir, env });

const work = () => runWorker({ redis: fixture.redis, config, identity, loadTranslator: async () => fakeTranslator(), now: new Date(0), exitWhenIdle: true });

/** Each term of the article's JSONL: its German, the English enforced, and the file it came from. */
async function jsonlTerms(out: string): Promise<unknown[][]> {
  const lines = (await readFile(path.join(dir, out, 'a.jsonl'), 'utf8')).trim().split('\n');
  return lines.flatMap((line) => (JSON.parse(line) as { terms: Record<string, unknown>[] }).terms.map((t) => [t.text, t.expected, t.glossary]));
}

/** The one job queued, as Redis holds it. */
async function queuedJob(): Promise<ArticleJob> {
  const [setting] = await modelQueues(fixture.redis);
  const queue = openQueue<ArticleJob>(setting!.name, fixture.redis);
  try {
    const [job] = await queue.getWaiting();
    return job!.data;
  } finally {
    await queue.close();
  }
}

describe('queue add with a glossary stack', () => {
  it('carries every file of the stack: collected outputs name each term’s file as a local translate does', async () => {
    expect(await queueAdd(...STACK)).toMatchObject({ code: 0, out: '1 article added, 0 already queued\n' });
    const job = await queuedJob();
    expect(job.glossary).toEqual({
      stack: [
        { file: 'house.yaml', path: path.join(dir, 'house.yaml'), text: HOUSE },
        { file: 'desk.yaml', path: path.join(dir, 'desk.yaml'), text: DESK },
      ],
      strategy: 'inline',
    });
    expect(await work()).toEqual({ done: 1, failed: 0, returned: 0 });
    expect((await runMain(['queue', 'collect', '--redis', fixture.server.url, '--out', 'queued', '--format', 'jsonl,xliff'], { cwd: dir })).code).toBe(0);

    await translateFiles(['news'], {
      config: resolveConfig([config, { glossary: { path: STACK }, output: { dir: 'local', formats: ['jsonl', 'xliff'] } }], {}),
      cwd: dir,
      now: new Date(Number(env.SOURCE_DATE_EPOCH) * 1000),
      identity,
      loadTranslator: async () => fakeTranslator(),
      stageDeps: { glossary: await loadGlossary(STACK, dir) },
    });
    expect(await jsonlTerms('local')).toEqual([
      ['Spionage', 'spying', 'desk.yaml'],
      ['Alibaba', 'Alibaba', 'house.yaml'],
    ]);
    expect(await jsonlTerms('queued')).toEqual(await jsonlTerms('local'));
    for (const file of ['a.jsonl', 'a.xlf']) expect(await readFile(path.join(dir, 'queued', file), 'utf8')).toBe(await readFile(path.join(dir, 'local', file), 'utf8'));
    const record = JSON.parse(await readFile(path.join(dir, 'queued', '.lektor', 'a.json'), 'utf8')) as { glossary: { path: string[] } };
    expect(record.glossary.path).toEqual(STACK.map((file) => path.join(dir, file)));
  });

  it('queues one file in the job shape of before stacks, which a worker still enforces', async () => {
    expect((await queueAdd('desk.yaml')).code).toBe(0);
    expect(await queuedJob()).toMatchObject({ glossary: { file: 'desk.yaml', path: path.join(dir, 'desk.yaml'), text: DESK, strategy: 'inline' } });
    expect(Object.keys((await queuedJob()).glossary!).sort()).toEqual(['file', 'path', 'strategy', 'text']);
    expect(await work()).toEqual({ done: 1, failed: 0, returned: 0 });
    expect((await runMain(['queue', 'collect', '--redis', fixture.server.url, '--out', 'queued', '--format', 'jsonl'], { cwd: dir })).code).toBe(0);
    // One file: the JSONL names no file, as translate's does not.
    expect(await jsonlTerms('queued')).toEqual([['Spionage', 'spying', undefined]]);
  });

  it('a bad file in the stack stops queue add in one line naming it, before anything is queued', async () => {
    await writeFile(path.join(dir, 'broken.yaml'), `${DESK}  - source: Alibaba\n    dnt: maybe\n`);
    const added = await queueAdd('house.yaml', 'broken.yaml');
    expect(added.code).toBe(1);
    expect(added.err).toMatch(/^lektor: broken\.yaml:8:\d+: term "Alibaba": [^\n]*\n$/);
    expect(await modelQueues(fixture.redis)).toEqual([]);
  });
});
