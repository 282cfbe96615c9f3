import { Option } from 'commander';
import { formatBytes } from '../../../models/download/byte-units.js';
import { listModels, pullModel, type CachedModel } from '../../../models/cache.js';
import { DTYPES, type Dtype } from '../../../models/model-settings.js';
import { REPORTERS, chooseReporter } from '../report/index.js';
import { resolveConfig } from '../../config.js';
import { EXIT, type CommandModule } from './command.js';
import { interruptOnSigint } from './interrupt-on-sigint.js';
import { HUB_HELP } from './model-options.js';

interface PullFlags {
  dtype: Dtype;
  hub?: string;
  json?: boolean;
  quiet?: boolean;
}

/** `id  size  dtypes  [unfinished: file (x of y MB), …]`, tab-separated. */
function modelLine(m: CachedModel): string {
  const columns = [m.id, formatBytes(m.bytes), m.dtypes.join(',') || 'no complete dtype'];
  if (m.partial.length > 0) {
    const parts = m.partial.map((p) => `${p.file} (${formatBytes(p.received)}${p.bytes === undefined ? '' : ` of ${formatBytes(p.bytes)}`})`);
    columns.push(`unfinished download: ${parts.join(', ')}; run \`lektor models pull ${m.id}\` to resume`);
  }
  return columns.join('\t');
}

const command: CommandModule = (program, io, exitWith) => {
  const models = program.command('models').description('download and list cached models');
  models
    .command('pull')
    .description('download a model from the Hugging Face hub (or a mirror) into the model cache')
    .argument('[id]', 'hub model id (default: Xenova/opus-mt-de-en)')
    .addOption(new Option('--dtype <dtype>', 'weight precision to download').choices(DTYPES).default('fp32'))
    .option('--hub <url>', HUB_HELP)
    .option('--json', 'print progress as JSON lines on stdout')
    .option('-q, --quiet', 'print failures only')
    .addHelpText('after', '\nCtrl-C stops the download and keeps what has arrived; the same command resumes it.\nHF_TOKEN=<token> is sent to the hub for private or gated models.\n')
    .action(async (id: string | undefined, flags: PullFlags) => {
      const config = resolveConfig([{ model: { id, dtype: flags.dtype, hub: flags.hub } }], io.env);
      if (config.model.offline) {
        io.stderr.write('lektor: models pull needs the network, but LEKTOR_OFFLINE is set\n');
        exitWith(EXIT.failed);
        return;
      }
      const reporterName = chooseReporter(flags, io.stderr);
      const interrupt = interruptOnSigint(() => undefined);
      try {
        await pullModel({ ...config.model, cwd: io.cwd }, { signal: interrupt.signal, onDownload: REPORTERS[reporterName](io) });
      } catch (error) {
        if (!interrupt.signal.aborted || error !== interrupt.signal.reason) throw error;
        io.stderr.write(`\nlektor: interrupted; what has arrived of ${config.model.id} is kept, run the same command again to resume\n`);
        exitWith(EXIT.interrupted);
        return;
      } finally {
        interrupt.release();
      }
      if (reporterName !== 'json') io.stdout.write(`${config.model.id} (${config.model.dtype}) is in ${config.model.cacheDir}\n`);
      exitWith(EXIT.ok);
    });
  models
    .command('list')
    .description('show cached models: size on disk, complete dtypes, unfinished downloads')
    .action(async () => {
      const { cacheDir } = resolveConfig([], io.env).model;
      const found = await listModels(cacheDir);
      if (found.length === 0) io.stdout.write(`no models in ${cacheDir}; run \`lektor models pull\`\n`);
      for (const m of found) io.stdout.write(`${modelLine(m)}\n`);
      exitWith(EXIT.ok);
    });
};

export default command;
