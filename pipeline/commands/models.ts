import { Option } from 'commander';
import { listModels, pullModel } from '../../models/cache.js';
import { resolveConfig } from '../config.js';
import { EXIT, type CommandModule } from './command.js';

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

const command: CommandModule = (program, io, exitWith) => {
  const models = program.command('models').description('download and list cached models');
  models
    .command('pull')
    .description('download a model from the Hugging Face hub into the model cache')
    .argument('[id]', 'hub model id (default: Xenova/opus-mt-de-en)')
    .addOption(new Option('--dtype <dtype>', 'weight precision to download').choices(['fp32', 'q8']).default('fp32'))
    .action(async (id: string | undefined, flags: { dtype: 'fp32' | 'q8' }) => {
      const config = resolveConfig([{ model: { id, dtype: flags.dtype } }], io.env);
      if (config.model.offline) {
        io.stderr.write('lektor: models pull needs the network, but LEKTOR_OFFLINE is set\n');
        exitWith(EXIT.failed);
        return;
      }
      await pullModel({ ...config.model, cwd: io.cwd });
      io.stdout.write(`${config.model.id} (${config.model.dtype}) is in ${config.model.cacheDir}\n`);
      exitWith(EXIT.ok);
    });
  models
    .command('list')
    .description('show cached models with their sizes')
    .action(async () => {
      const { cacheDir } = resolveConfig([], io.env).model;
      const found = await listModels(cacheDir);
      if (found.length === 0) io.stdout.write(`no models in ${cacheDir}; run \`lektor models pull\`\n`);
      for (const m of found) io.stdout.write(`${m.id}\t${megabytes(m.bytes)}\t${m.dtypes.join(',') || 'incomplete'}\n`);
      exitWith(EXIT.ok);
    });
};

export default command;
