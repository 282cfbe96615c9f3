/**
 * `lektor serve` over the bench model, in a process of its own so the bench's clients do not take
 * its time: prints its address as one line, and on SIGTERM stops, printing its stats as a JSON line.
 * `service-report.ts` starts it; the argument is a `BenchModel` plus `batchSize`, as JSON.
 */
import { openTranslationEngine } from '../../pipeline/engine/translation-engine.js';
import { resolveConfig } from '../../pipeline/config.js';
import { startTranslationService } from '../../pipeline/app/service/translation-service.js';
import { benchIdentity, loadBenchTranslator, type BenchModel } from './bench-translator.js';

const [arg] = process.argv.slice(2);
if (arg === undefined) throw new Error('service-server: expected the bench model and batch size as JSON');
const spec = JSON.parse(arg) as BenchModel & { readonly batchSize: number };
const config = resolveConfig([{ model: { id: spec.modelDir, dtype: spec.dtype, threads: spec.threads }, translate: { batchSize: spec.batchSize } }], {});
// No memory: every request reaches the model, as a new sentence would.
const engine = openTranslationEngine({ config, identity: benchIdentity(spec), loadTranslator: loadBenchTranslator(spec), now: new Date(0) });
await engine.load();
const service = await startTranslationService({ engine, port: 0, requestsPerMinute: 1_000_000 });
process.stdout.write(`${service.url}\n`);
process.once('SIGTERM', () => {
  void service.close().then(async () => {
    const stats = service.stats();
    await engine.close();
    process.stdout.write(`${JSON.stringify(stats)}\n`);
  });
});
