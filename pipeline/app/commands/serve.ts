import { REPORTERS } from '../report/index.js';
import { openTranslationEngine } from '../../engine/translation-engine.js';
import { runDate } from '../../config.js';
import { loadConfigFile } from '../../config-file.js';
import { loadApiKeys } from '../service/api-keys.js';
import { SERVICE_DEFAULTS, resolveServiceOptions, type ServiceOptions } from '../service/service-options.js';
import { startTranslationService } from '../service/translation-service.js';
import { EXIT, type CommandModule } from './command.js';
import { engineOptions } from './engine-options.js';
import { addModelOptions } from './model-options.js';
import { addStageOptions } from './stage-options.js';
import { stopOnSignals } from './stop-signal.js';
import { configFromFlags, type TranslateFlags } from './translate.js';
import { plural } from '../../core/plural.js';
import { wholeNumber } from './integer-option.js';

interface ServeFlags extends TranslateFlags {
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

const command: CommandModule = (program, io, exitWith) => {
  const serve = addModelOptions(
    program
      .command('serve')
      .description("serve translations over HTTP with LibreTranslate's API (POST /translate), the glossary enforced")
      .option('-p, --port <n>', `port, 0 for any free one (default: ${SERVICE_DEFAULTS.port})`, wholeNumber('--port', 0, 65535))
      .option('--host <address>', `address to listen on; other than loopback only with --api-keys (default: ${SERVICE_DEFAULTS.host})`),
  )
    .option('--api-keys <file>', 'require one of these keys (one a line) as api_key')
    .option('--cors <origin...>', 'let web pages of these origins call the service from a browser (default: none)');
  addStageOptions(serve, 'translations/lektor-memory.sqlite')
    .option('--char-limit <n>', `characters in one text (default: ${SERVICE_DEFAULTS.charLimit})`, wholeNumber('--char-limit', 1))
    .option('--batch-limit <n>', `texts in one request (default: ${SERVICE_DEFAULTS.batchLimit})`, wholeNumber('--batch-limit', 1))
    .option('--req-limit <n>', `translation requests per minute per key, or per address without one (default: ${SERVICE_DEFAULTS.requestsPerMinute})`, wholeNumber('--req-limit', 1))
    .option('--timeout <seconds>', `time a translation may take before the request is answered 503 (default: ${SERVICE_DEFAULTS.timeoutMs / 1000})`, wholeNumber('--timeout', 1, 2_000_000))
    .addHelpText(
      'after',
      '\nPrints the address as the first line of standard output, then serves until SIGTERM or Ctrl-C, which\n' +
        'stop taking requests, let the running ones finish and exit 0.\n\n' +
        'Examples:\n  lektor serve --glossary seeds/glossary.yaml\n' +
        '  curl -s localhost:5000/translate -H "Content-Type: application/json" -d \'{"q":"Guten Morgen.","source":"de","target":"en"}\'\n' +
        '  lektor serve --host 0.0.0.0 --api-keys keys.txt --port 8080\n',
    )
    .action(async (flags: ServeFlags) => {
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
    });
};

export default command;
