import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../../helpers/redis-server.js';
import { runCli } from '../../helpers/run-cli.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';

let redis: TestRedis;
let model: string;
beforeAll(async () => {
  [redis, model] = await Promise.all([startRedis(), tinyModelDir()]);
});
afterAll(async () => {
  await redis?.stop();
});

describe('lektor worker', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('stops in good order on %s and exits 0', async (signal) => {
    const run = await runCli(['worker', '--redis', redis.url, '--model', model, '--offline'], {
      onSpawn: (child) => {
        child.stderr?.on('data', (d: Buffer) => {
          if (d.toString().includes('waiting for articles')) child.kill(signal);
        });
      },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^lektor: worker [^\n]+ waiting for articles\nlektor: stopping; finishing the running batch, handing back the rest\nlektor: worker done: 0 translated, 0 failed, 0 handed back\n$/);
  });

  it('with a model that is not there, fails in one line before taking any article', async () => {
    const run = await runCli(['worker', '--redis', redis.url, '--model', '/nonexistent/model', '--offline']);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).toMatch(/^lektor: .*\/nonexistent\/model/);
  });
});
