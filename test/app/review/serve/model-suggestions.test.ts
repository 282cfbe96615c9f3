import { request as httpRequest } from 'node:http';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentsOf } from '../../../../pipeline/core/doc.js';
import { readArticleRecord } from '../../../../pipeline/app/review/article-record.js';
import { startReviewServer, type ReviewServer } from '../../../../pipeline/app/review/serve/review-server.js';
import { reviewFolder, SEED_ARTICLE, type ReviewFolder } from '../../../helpers/review-folder.js';

interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

let folder: ReviewFolder;
const servers: ReviewServer[] = [];
const logs: string[] = [];

function post(server: ReviewServer, pathname: string, body: unknown): Promise<Answer> {
  const token = new URL(server.url).searchParams.get('token')!;
  const json = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const headers = { Host: `127.0.0.1:${server.port}`, 'Content-Type': 'application/json', 'X-Lektor-Token': token, 'Content-Length': String(Buffer.byteLength(json)) };
    const req = httpRequest({ host: '127.0.0.1', port: server.port, method: 'POST', path: pathname, headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> }));
    });
    req.on('error', reject);
    req.end(json);
  });
}

const helper = (segment: string, action: string) => `/api/articles/${SEED_ARTICLE}/segments/${segment}/${action}`;

/** Asks until the model has loaded: the first answers say it is loading. */
async function ready(server: ReviewServer, pathname: string, body: unknown): Promise<{ answer: Answer; loading: number }> {
  for (let loading = 0; ; loading++) {
    const answer = await post(server, pathname, body);
    if (answer.status !== 202) return { answer, loading };
    expect(answer.body).toEqual({ state: 'loading', message: 'Loading the model…' });
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function draftOf(id: string): Promise<string> {
  return segmentsOf((await readArticleRecord(folder.out, SEED_ARTICLE)).doc).find((s) => s.id === id)!.target!;
}

async function serve(options: Parameters<typeof startReviewServer>[1]): Promise<ReviewServer> {
  const server = await startReviewServer(folder.out, { port: 0, log: (line) => logs.push(line), ...options });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  folder = await reviewFolder();
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('the editor’s suggestions from the run’s model', () => {
  it('completes the English after a prefix, and lists the alternatives, once the run’s model has loaded', async () => {
    const server = await serve({});
    const draft = await draftOf('s0010');
    const prefix = draft.slice(0, draft.indexOf(' ') + 1);
    const { answer, loading } = await ready(server, helper('s0010', 'complete'), { prefix });
    expect(loading).toBeGreaterThan(0);
    expect(answer).toEqual({ status: 200, body: { state: 'ready', completion: draft, suggestion: draft.slice(prefix.length) } });
    expect(logs.filter((l) => l.startsWith('loading '))).toHaveLength(1);

    const alternatives = await post(server, helper('s0010', 'alternatives'), {});
    expect(alternatives.status).toBe(200);
    const list = alternatives.body.alternatives as string[];
    expect(list[0]).toBe(draft);
    expect(list.length).toBeGreaterThan(1);
    expect(list.length).toBeLessThanOrEqual(3);
    expect(new Set(list).size).toBe(list.length);
  });

  it('starts the completion with English the model would not write', async () => {
    const server = await serve({});
    const { answer } = await ready(server, helper('s0010', 'complete'), { prefix: 'Quite frankly, ' });
    expect(answer.status).toBe(200);
    expect(answer.body.completion).toMatch(/^Quite frankly, \S/);
    expect(answer.body.suggestion).toBe((answer.body.completion as string).slice('Quite frankly, '.length));
  });

  it('honours the glossary the run used', async () => {
    await writeFile(folder.glossary!, (await readFile(folder.glossary!, 'utf8')).replace('target: intelligence service', 'target: spy agency'));
    const server = await serve({});
    const { answer } = await ready(server, helper('s0007', 'complete'), { prefix: 'The ' });
    expect(answer.body.completion).toMatch(/^The spy agency confirmed/);
    const alternatives = await post(server, helper('s0007', 'alternatives'), {});
    for (const text of alternatives.body.alternatives as string[]) expect(text).toContain('spy agency');
  });

  it('says once, in the log and in every answer, that a model it cannot open gives no suggestions; saving works on', async () => {
    const notAModel = await mkdtemp(path.join(tmpdir(), 'lektor-not-a-model-'));
    const before = logs.length;
    const server = await serve({ model: { cacheDir: path.join(notAModel, 'cache'), cwd: notAModel, id: notAModel } });
    const { answer } = await ready(server, helper('s0010', 'complete'), { prefix: 'The ' });
    expect(answer.status).toBe(503);
    expect(answer.body.error).toMatch(new RegExp(`^no suggestions from the model: model directory "${notAModel}" is incomplete for dtype fp32: missing \\S`));
    expect(await post(server, helper('s0010', 'alternatives'), {})).toEqual(answer);
    expect(logs.slice(before).filter((l) => l.startsWith('no suggestions'))).toHaveLength(1);

    const { version } = JSON.parse(await readFile(path.join(folder.out, `${SEED_ARTICLE}.jsonl`), 'utf8').then((t) => t.split('\n').find((l) => l.includes('"s0012"'))!)) as { version: string };
    const saved = await post(server, `/api/articles/${SEED_ARTICLE}/segments/s0012`, { target: 'Saved without a model.', version });
    expect(saved.status).toBe(200);
  });

  it('answers 409 with --no-model and never loads a model', async () => {
    const before = logs.length;
    const server = await serve({ model: false });
    const answer = await post(server, helper('s0010', 'complete'), { prefix: 'The ' });
    expect(answer).toEqual({ status: 409, body: { error: 'the model’s suggestions are off (lektor review serve --no-model)' } });
    expect((await post(server, helper('s0010', 'alternatives'), {})).status).toBe(409);
    expect(logs.slice(before)).toEqual([]);
  });

  it('refuses a sentence that is not there, and a completion without its prefix', async () => {
    const server = await serve({});
    expect(await post(server, helper('s9999', 'alternatives'), {})).toEqual({ status: 422, body: { error: `no sentence s9999 in article "${SEED_ARTICLE}"` } });
    expect(await post(server, helper('s0010', 'complete'), {})).toEqual({ status: 400, body: { error: 'send { "prefix": "…" }' } });
  });
});
