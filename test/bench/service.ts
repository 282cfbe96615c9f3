/**
 * `npx tsx test/bench/service.ts [--clients 1,8,32] [--requests-per-client 3] [--dtype fp32] [--batch-size 32] [--threads 0]`:
 * the service case of the bench on its own (`npm run bench` runs it too, after the others): requests
 * per second and latency percentiles of `lektor serve` on the bench model, and the same sentences
 * through `lektor translate`. Prints a table; a measurement, not a test.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXAMPLE_ARTICLE } from '../../models/generate/bench-model.js';
import { defaultConfig } from '../../pipeline/config.js';
import { BENCH_CACHE, benchModelDir } from './bench-model-cache.js';
import { integerOption } from './integer-option.js';
import { syntheticArticles } from './corpus.js';
import { serviceReport } from './service-report.js';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '1,8,32' },
    'requests-per-client': { type: 'string', default: '3' },
    dtype: { type: 'string', default: 'fp32' },
    'batch-size': { type: 'string', default: String(defaultConfig().translate.batchSize) },
    threads: { type: 'string', default: '0' },
  },
});
if (values.dtype !== 'fp32' && values.dtype !== 'q8') throw new TypeError(`bench: --dtype must be fp32 or q8, got ${values.dtype}`);
const dtype = values.dtype;
await mkdir(BENCH_CACHE, { recursive: true });
const modelDir = await benchModelDir(BENCH_CACHE, [dtype], (d) => process.stderr.write(`bench: generating the ${d} bench model (once) in ${BENCH_CACHE}\n`));
const work = await mkdtemp(path.join(tmpdir(), 'lektor-bench-service-'));
try {
  const load = loadavg()[0] ?? 0;
  const table = await serviceReport({
    modelDir,
    dtype,
    threads: integerOption('threads', values.threads, 0),
    batchSize: integerOption('batch-size', values['batch-size'], 1),
    articles: syntheticArticles(await readFile(EXAMPLE_ARTICLE, 'utf8'), { articles: 60 }),
    levels: values.clients.split(',').map((c) => integerOption('clients', c, 1)),
    requestsPerClient: integerOption('requests-per-client', values['requests-per-client'], 1),
    work,
  });
  console.log(`## Service (opus-mt-de-en architecture, random weights, ${dtype}; one sentence a request; outputs forced to 1.2x source tokens)\n`);
  console.log(table);
  console.log(`\n${cpus().length} cores, load average ${load.toFixed(1)} at the start.`);
} finally {
  await rm(work, { recursive: true, force: true });
}
