import { REPORTERS } from '../report/index.js';
import { openTranslationEngine } from '../../engine/translation-engine.js';
import { runDate } from '../../config.js';
import { loadConfigFile } from '../../config-file.js';
import { loadApiKeys } from '../service/api-keys.js';
import { resolveServiceOptions, type ServiceOptions } from '../service/service-options.js';
import { startTranslationService } from '../service/translation-service.js';
import { EXIT, type CliIO, type ExitWith } from './command.js';
import { engineOptions } from './engine-options.js';
import { stopOnSignals } from './stop-signal.js';
import { configFromFlags, type TranslateFlags } from './translate-flags.js';
import { plural } from '../../core/plural.js';

export interface ServeFlags extends TranslateFlags {
  port?: number;
  host?: string;
  apiKeys?: string;
  charLimit?: number;
  batchLimit?: number;
  reqLimit?: number;
  timeout?: number;
  cors?: string[];
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** What `lektor serve` does, loaded only when it runs (fastify, the model). */
export async function runServe(flags: ServeFlags, io: CliIO, exitWith: ExitWith): Promise<void> {
  const config = configFromFlags(flags, io.env, flags.config === undefined ? {} : await loadConfigFile(flags.config, io.cwd));
  const apiKeys = flags.apiKeys === undefined ? undefined : await loadApiKeys(flags.apiKeys, io.cwd);
  const settings = await engineOptions(config, flags, io, { now: runDate(io.env), report: REPORTERS.lines(io) });
  const { memory } = settings;
  const engine = openTranslationEngine(settings);
  let received: NodeJS.Signals = 'SIGTERM';
  const stop = stopOnSignals(['SIGTERM', 'SIGINT'], (signal) => (received = signal));
  try {
    const options: ServiceOptions = {
      engine,
      port: flags.port,
      host: flags.host,
      apiKeys,
      charLimit: flags.charLimit,
      batchLimit: flags.batchLimit,
      requestsPerMinute: flags.reqLimit,
      timeoutMs: flags.timeout === undefined ? undefined : flags.timeout * 1000,
      corsOrigins: flags.cors,
    };
    // A host that needs keys is refused before the model is loaded.
    resolveServiceOptions(options);
    io.stderr.write(`lektor: loading ${config.model.id} (${config.model.dtype})\n`);
    await engine.load();
    io.stderr.write(`lektor: model loaded in ${seconds(engine.tally.modelLoadMs ?? 0)}\n`);
    const service = await startTranslationService(options, (event) => io.stderr.write(`lektor: ${event.method} ${event.url}: ${event.message}\n`));
    io.stdout.write(`${service.url}\n`);
    const keys = apiKeys ? plural(apiKeys.count, 'API key') : 'no API keys, this machine only';
    io.stderr.write(`lektor: serving LibreTranslate's API on ${service.url} (${keys}; memory: ${memory?.location ?? 'none'}); SIGTERM or Ctrl-C stops\n`);
    await stop.stopped;
    io.stderr.write(`lektor: ${received}: stopping; finishing ${service.stats().running} running requests\n`);
    await service.close();
    const s = service.stats();
    io.stderr.write(`lektor: served ${s.requests} requests (${s.texts} texts, ${s.sentences} sentences, ${s.fromMemory} from memory) in ${s.modelCalls} model calls\n`);
    exitWith(EXIT.ok);
  } finally {
    stop.release();
    await engine.close();
    await memory?.close();
  }
}
