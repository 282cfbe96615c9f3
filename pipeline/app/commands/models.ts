import { Option } from 'commander';
import { DTYPES } from '../../../models/model-settings.js';
import type { CommandModule } from './command.js';
import { HUB_HELP } from './model-options.js';
import type { PullFlags } from './models-action.js';

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
    .action(async (id: string | undefined, flags: PullFlags) => (await import('./models-action.js')).modelsPull(id, flags, io, exitWith));
  models
    .command('list')
    .description('show cached models: size on disk, complete dtypes, unfinished downloads')
    .action(async () => (await import('./models-action.js')).modelsList(io, exitWith));
};

export default command;
