import { SERVICE_DEFAULTS } from '../service/service-options.js';
import type { CommandModule } from './command.js';
import { addModelOptions } from './model-options.js';
import { addStageOptions } from './stage-options.js';
import { wholeNumber } from './integer-option.js';
import type { ServeFlags } from './serve-action.js';

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
    .action(async (flags: ServeFlags) => (await import('./serve-action.js')).runServe(flags, io, exitWith));
};

export default command;
