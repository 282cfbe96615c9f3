import type { CommandModule } from './command.js';
import { integerAtLeast } from './integer-option.js';
import { addModelOptions } from './model-options.js';
import { addRedisOption } from './redis-option.js';
import type { WorkerFlags } from './worker-action.js';

const command: CommandModule = (program, io, exitWith) => {
  addRedisOption(addModelOptions(program.command('worker').description('translate queued articles (see `lektor queue`) until stopped')))
    .option('-c, --config <file>', 'settings file (YAML or JSON); flags override it')
    .option('--concurrency <n>', 'articles held at once, their sentences batched together (default: 32)', integerAtLeast(1))
    .option('--exit-when-idle', 'exit once no article of its model setting is waiting, retrying or being translated')
    .option('--stalled-after <ms>', "how soon a dead worker's articles go to another worker (default: 30000)", integerAtLeast(1000))
    .option('--metrics-port <n>', 'serve GET /metrics (Prometheus) on this port; 0 picks a free one', integerAtLeast(0))
    .option('--metrics-host <host>', 'address the metrics are served on', '127.0.0.1')
    .option('-q, --quiet', 'print failures only')
    .addHelpText(
      'after',
      '\nSIGTERM or Ctrl-C finishes the running batch, hands the unfinished articles back to the queue and exits 0.\nA worker killed outright has its articles taken up by another after --stalled-after.\n',
    )
    .action(async (flags: WorkerFlags) => (await import('./worker-action.js')).runWorkerCommand(flags, io, exitWith));
};

export default command;
