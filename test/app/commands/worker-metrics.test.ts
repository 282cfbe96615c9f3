import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { redisAndModelForTests } from '../../helpers/redis-and-model.js';
import { runCli } from '../../helpers/run-cli.js';

interface Family {
  readonly name: string;
  readonly metrics: readonly { readonly value?: string; readonly labels?: Record<string, string> }[];
}

async function scrape(url: string): Promise<(name: string, labels?: Record<string, string>) => number | undefined> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const families = new Map((parsePrometheusTextFormat(await response.text()) as Family[]).map((f) => [f.name, f]));
  return (name, labels = {}) => {
    const metric = families.get(name)?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
    return metric === undefined ? undefined : Number(metric.value);
  };
}

const fixture = redisAndModelForTests();

describe('lektor worker --metrics-port', () => {
  it('serves its articles, sentences, memory hits, Redis and every setting’s queue in the Prometheus format', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-worker-metrics-'));
    await mkdir(path.join(dir, 'news'));
    const settings = ['--redis', fixture.server.url, '--model', fixture.model];
    const queue = async (...files: [string, string][]): Promise<void> => {
      for (const [name, text] of files) await writeFile(path.join(dir, 'news', name), text);
      expect((await runCli(['queue', 'add', ...files.map(([name]) => `news/${name}`), ...settings], { cwd: dir })).code).toBe(0);
    };
    // A first worker puts one sentence in the shared memory.
    await queue(['a1.txt', 'Der Tag beginnt hier.\n']);
    expect((await runCli(['worker', ...settings, '--offline', '--exit-when-idle'], { cwd: dir })).code).toBe(0);
    await queue(['a2.txt', 'Guten Morgen.\n\nDer Tag beginnt hier.\n'], ['a3.txt', 'Guten Abend.\n\nDie Nacht beginnt hier.\n']);

    let metricsUrl: string | undefined;
    let done = 0;
    let scraped: ReturnType<typeof scrape> | undefined;
    const worker = await runCli(['worker', ...settings, '--offline', '--metrics-port', '0'], {
      cwd: dir,
      onSpawn: (child) => {
        child.stderr?.on('data', (d: Buffer) => {
          const text = d.toString();
          metricsUrl ??= /lektor: metrics at (http:\/\/127\.0\.0\.1:\d+\/metrics)\n/.exec(text)?.[1];
          done += text.split('\n').filter((l) => l.startsWith('done ')).length;
          // Scraped once both are done, then stopped as a service manager would.
          if (done === 2 && !scraped && metricsUrl) scraped = scrape(metricsUrl).finally(() => child.kill('SIGTERM'));
        });
      },
    });
    const value = await (scraped as NonNullable<typeof scraped>);
    expect(worker.code).toBe(0);
    expect(value('lektor_worker_articles_total', { status: 'done' })).toBe(2);
    expect(value('lektor_sentences_total')).toBe(4);
    expect(value('lektor_memory_hits_total')).toBe(1);
    expect(value('lektor_redis_connected')).toBe(1);
    const setting = `${fixture.model} (fp32, beams 1)`;
    expect(value('lektor_queue_articles', { setting, state: 'done' })).toBe(3);
    expect(value('lektor_queue_articles', { setting, state: 'waiting' })).toBe(0);
    expect(value('lektor_queue_workers', { setting })).toBe(1);
    expect(value('lektor_process_resident_memory_bytes')).toBeGreaterThan(0);
    // Stopped with the worker.
    await expect(fetch(metricsUrl as string)).rejects.toThrow();
  }, 60_000);
});
