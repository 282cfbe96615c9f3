import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentsOf } from '../../../pipeline/core/doc.js';
import { readArticleRecord } from '../../../pipeline/app/review/article-record.js';
import { segmentVersion } from '../../../pipeline/core/segment-version.js';
import { reviewFolder, SEED_ARTICLE } from '../../helpers/review-folder.js';
import { runCli } from '../../helpers/run-cli.js';
import { runMain } from '../../helpers/run-main.js';

let out: string;
let taken: Server;

beforeAll(async () => {
  out = (await reviewFolder()).out;
  taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
});

afterAll(() => {
  taken?.close();
});

const portOf = (server: Server): number => (server.address() as { port: number }).port;

/** Asks the server at `url` (its printed address) for a completion of s0010 until it is no longer loading the model. */
async function askCompletion(url: URL): Promise<{ status: number; body: unknown }> {
  for (;;) {
    const answer = await fetch(`${url.origin}/api/articles/${SEED_ARTICLE}/segments/s0010/complete`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Lektor-Token': url.searchParams.get('token')! },
      body: JSON.stringify({ prefix: 'Suspicious ' }),
    });
    if (answer.status !== 202) return { status: answer.status, body: await answer.json() };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('lektor review serve', () => {
  it('prints the address with its token first, lets it in, and stops cleanly on Ctrl-C (exit 0)', async () => {
    let visit: Promise<Response> | undefined;
    const run = await runCli(['review', 'serve', out, '--port', '0'], {
      onSpawn: (child) =>
        child.stdout?.once('data', (chunk: Buffer) => {
          visit = fetch(chunk.toString().trim(), { redirect: 'manual' });
          void visit.finally(() => child.kill('SIGINT'));
        }),
    });
    expect(run.stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}\n$/);
    expect((await visit)?.status).toBe(303);
    expect(run).toMatchObject({ code: 0, signal: null, stderr: `lektor: serving ${out} for review; Ctrl-C stops\nlektor: stopping the review server\n` });
  });

  it('stops on SIGTERM as on Ctrl-C: the save goes through, the memory is closed (no -wal file left), exit 0', async () => {
    const record = await readArticleRecord(out, SEED_ARTICLE);
    const wal = `${record.memory!}-wal`;
    const segment = segmentsOf(record.doc).find((s) => s.id === 's0004')!;
    let saved: Promise<{ status: number; walWhileServing: boolean }> | undefined;
    const run = await runCli(['review', 'serve', out, '--port', '0'], {
      onSpawn: (child) =>
        child.stdout?.once('data', (chunk: Buffer) => {
          const url = new URL(chunk.toString().trim());
          saved = fetch(`${url.origin}/api/articles/${SEED_ARTICLE}/segments/s0004`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Lektor-Token': url.searchParams.get('token')! },
            body: JSON.stringify({ target: 'The suspicion: espionage.', version: segmentVersion(segment) }),
          }).then((answer) => ({ status: answer.status, walWhileServing: existsSync(wal) }));
          void saved.finally(() => child.kill('SIGTERM'));
        }),
    });
    expect(await saved).toEqual({ status: 200, walWhileServing: true });
    expect(run).toMatchObject({ code: 0, signal: null, stderr: `lektor: serving ${out} for review; Ctrl-C stops\nlektor: stopping the review server\n` });
    expect(existsSync(wal)).toBe(false);
  });

  it('asks the model --model names for the editor’s suggestions, and says once on stderr that it cannot be opened', async () => {
    const missing = path.join(await mkdtemp(path.join(tmpdir(), 'lektor-serve-cli-')), 'no-model-here');
    let answer: Promise<{ status: number; body: unknown }> | undefined;
    const run = await runCli(['review', 'serve', out, '--port', '0', '--model', missing], {
      onSpawn: (child) =>
        child.stdout?.once('data', (chunk: Buffer) => {
          answer = askCompletion(new URL(chunk.toString().trim()));
          void answer.finally(() => child.kill('SIGINT'));
        }),
    });
    expect(await answer).toEqual({ status: 503, body: { error: `no suggestions from the model: model directory "${missing}" not found` } });
    expect(run).toMatchObject({ code: 0, signal: null });
    expect(run.stderr).toContain(`lektor: loading ${missing} (fp32) for the editor's suggestions\nlektor: no suggestions: model directory "${missing}" not found\n`);
  });

  it('answers no suggestion with --no-model, and loads nothing', async () => {
    let answer: Promise<{ status: number; body: unknown }> | undefined;
    const run = await runCli(['review', 'serve', out, '--port', '0', '--no-model'], {
      onSpawn: (child) =>
        child.stdout?.once('data', (chunk: Buffer) => {
          answer = askCompletion(new URL(chunk.toString().trim()));
          void answer.finally(() => child.kill('SIGINT'));
        }),
    });
    expect(await answer).toEqual({ status: 409, body: { error: 'the model’s suggestions are off (lektor review serve --no-model)' } });
    expect(run).toMatchObject({ code: 0, signal: null, stderr: `lektor: serving ${out} for review; Ctrl-C stops\nlektor: stopping the review server\n` });
  });

  it('says in one line that a folder has no translated articles (exit 1)', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'lektor-serve-cli-'));
    expect(await runMain(['review', 'serve', empty])).toEqual({
      code: 1,
      out: '',
      err: `lektor: ${empty}: no translated articles here (run \`lektor translate\` with --out pointing at this folder first)\n`,
    });
  });

  it('says in one line that the port is in use (exit 1)', async () => {
    const port = portOf(taken);
    expect(await runMain(['review', 'serve', out, '--port', String(port)])).toEqual({
      code: 1,
      out: '',
      err: `lektor: port ${port} on 127.0.0.1 is in use; choose another with --port (0 picks a free one)\n`,
    });
  });

  it('refuses a port that is not one (exit 2)', async () => {
    const run = await runMain(['review', 'serve', out, '--port', '80a']);
    expect(run).toMatchObject({ code: 2, err: 'lektor: --port must be a port number from 0 to 65535, got "80a"\n' });
  });
});
