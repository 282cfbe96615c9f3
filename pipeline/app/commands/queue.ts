import { Option } from 'commander';
import { DTYPES } from '../../../models/model-settings.js';
import { FORMAT_NAMES } from '../../../output/index.js';
import { parseCheckSelection } from '../../checks/index.js';
import { STRATEGIES } from '../../../glossary/strategies/index.js';
import type { CommandModule } from './command.js';
import { collectGlossary } from './glossary-option.js';
import { integerAtLeast } from './integer-option.js';
import { addRedisOption } from './redis-option.js';
import type { QueueAddFlags, QueueCollectFlags, QueueStatusFlags } from './queue-action.js';

const command: CommandModule = (program, io, exitWith) => {
  const queue = program
    .command('queue')
    .description('translate on several machines: queue articles in Redis for `lektor worker`s, then collect the outputs')
    .addHelpText(
      'after',
      '\nExamples:\n  lektor queue add news/ --redis redis://queue.local:6379\n  lektor worker --redis redis://queue.local:6379        (on each machine)\n  lektor queue status --redis redis://queue.local:6379\n  lektor queue collect --redis redis://queue.local:6379 --out translations/ --wait\n',
    );

  addRedisOption(queue.command('add').description('queue one job per article (the same article with the same settings is queued once)'))
    .argument('<inputs...>', 'article files or folders')
    .option('-m, --model <id|dir>', 'the model the workers must run (default: Xenova/opus-mt-de-en)')
    .addOption(new Option('--dtype <dtype>', 'weight precision the workers must run').choices(DTYPES))
    .option('--beams <n>', 'beam search width the workers must run (default: 1)', Number)
    .option('-g, --glossary <file>', 'terminology glossary (YAML) to honour; repeat it to stack glossaries, a later file winning; sent with the jobs', collectGlossary)
    .addOption(new Option('--terms <strategy>', 'how glossary terms are enforced (default: inline)').choices(Object.keys(STRATEGIES)))
    .option('--qa <checks>', 'QA checks to run: all, none, or ids separated by commas (default: all)', parseCheckSelection)
    .option('--select <css>', 'HTML articles: translate only what this CSS selector matches; sent with the jobs')
    .option('-c, --config <file>', 'settings file (YAML or JSON); flags override it')
    .option('--attempts <n>', 'tries per article before it is marked failed (default: 3)', integerAtLeast(1))
    .option('--backoff <ms>', 'wait before the first retry, doubling after each (default: 5000)', integerAtLeast(0))
    .option('--keep-age <seconds>', 'how long finished and failed jobs stay in Redis for `queue collect` (default: 604800, seven days)', integerAtLeast(1))
    .option('--keep-count <n>', 'at most this many of the newest finished (and failed) jobs stay per model setting (default: no limit)', integerAtLeast(1))
    .option('-o, --out <dir>', 'output folder `queue collect` writes to unless told otherwise (default: translations)')
    .option('-f, --format <list>', `output formats \`queue collect\` writes unless told otherwise: ${FORMAT_NAMES.join(', ')} (default: html,txt)`)
    .action(async (inputs: string[], flags: QueueAddFlags) => (await import('./queue-action.js')).queueAdd(inputs, flags, io, exitWith));

  addRedisOption(queue.command('status').description('waiting, active, done and failed articles per model setting, throughput, and the workers’ last contact'))
    .option('-c, --config <file>', 'settings file (YAML or JSON) with queue.redis')
    .option('--json', 'print the status as JSON')
    .action(async (flags: QueueStatusFlags) => (await import('./queue-action.js')).queueStatusCommand(flags, io, exitWith));

  addRedisOption(queue.command('collect').description('write the finished articles’ outputs and run.json (workers need no shared disk)'))
    .option('-o, --out <dir>', 'output folder (default: as `queue add --out` said, else translations)')
    .option('-f, --format <list>', `comma-separated output formats: ${FORMAT_NAMES.join(', ')} (default: as \`queue add --format\` said, else html,txt)`)
    .option('-c, --config <file>', 'settings file (YAML or JSON); flags override it')
    .option('--wait', 'collect articles as they finish until none is waiting or being translated')
    .action(async (flags: QueueCollectFlags) => (await import('./queue-action.js')).queueCollect(flags, io, exitWith));
};

export default command;
