import { Option } from 'commander';
import path from 'node:path';
import { DTYPES } from '../../../models/model-settings.js';
import { modelIdentity } from '../../../models/open-translator.js';
import { checkFormats, FORMAT_NAMES } from '../../../output/index.js';
import { parseCheckSelection } from '../../checks/index.js';
import { runDate } from '../../config.js';
import { STRATEGIES } from '../../../glossary/strategies/index.js';
import { addArticles } from '../queue/add-articles.js';
import { readJobGlossary } from '../queue/job-glossary.js';
import { collectArticles } from '../queue/collect-articles.js';
import { readQueueOutput, saveQueueOutput } from '../queue/queue-output.js';
import { queueStatus } from '../queue/queue-status.js';
import { watchConnection } from '../queue/connection-watch.js';
import { reportConnection } from './report-connection.js';
import { EXIT, type CommandModule } from './command.js';
import { collectGlossary } from './glossary-option.js';
import { integerAtLeast } from './integer-option.js';
import { interruptOnSigint } from './interrupt-on-sigint.js';
import { addRedisOption, configWithRedis, withRedis, type QueueFlags } from './redis-option.js';
import { plural } from '../../core/plural.js';

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
    .action(async (inputs: string[], flags: QueueFlags & { attempts?: number; backoff?: number }) => {
      const config = await configWithRedis(flags, io);
      checkFormats(config.output.formats);
      const identity = modelIdentity({ ...config.model, cwd: io.cwd });
      const glossary = config.glossary.path === undefined ? null : await readJobGlossary(config.glossary.path, config.glossary.strategy, io.cwd);
      const result = await withRedis(config, async (redis) => {
        if (flags.out !== undefined || flags.format !== undefined) await saveQueueOutput(redis, { dir: config.output.dir, formats: config.output.formats });
        return addArticles(inputs, {
          redis,
          cwd: io.cwd,
          now: runDate(io.env),
          model: { identity: identity.id, dtype: identity.dtype, beams: config.model.beams },
          input: config.input,
          qa: config.qa,
          glossary,
          attempts: flags.attempts,
          backoffMs: flags.backoff,
          keep: { age: config.queue.keepAge, ...(config.queue.keepCount === undefined ? {} : { count: config.queue.keepCount }) },
        });
      });
      const retried = result.retried.length > 0 ? `, ${result.retried.length} failed queued again` : '';
      io.stdout.write(`${plural(result.added.length, 'article')} added, ${result.existing.length} already queued${retried}\n`);
      exitWith(EXIT.ok);
    });

  addRedisOption(queue.command('status').description('waiting, active, done and failed articles per model setting, throughput, and the workers’ last contact'))
    .option('-c, --config <file>', 'settings file (YAML or JSON) with queue.redis')
    .option('--json', 'print the status as JSON')
    .action(async (flags: QueueFlags & { json?: boolean }) => {
      const config = await configWithRedis(flags, io);
      const status = await withRedis(config, (redis) => queueStatus(redis));
      if (flags.json) {
        io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
      } else {
        io.stdout.write(
          `waiting ${status.waiting}, retrying ${status.delayed}, active ${status.active}, done ${status.done}, failed ${status.failed}; ` +
            `${status.throughput.lastMinute} articles in the last minute, ${status.throughput.lastTenMinutes}/min over ten\n`,
        );
        for (const s of status.settings) {
          io.stdout.write(`${s.setting}: waiting ${s.waiting}, retrying ${s.delayed}, active ${s.active}, done ${s.done}, failed ${s.failed}; ${plural(s.workers, 'worker')}\n`);
        }
        for (const setting of status.unserved) io.stdout.write(`no worker runs ${setting}: its articles wait for one\n`);
        for (const w of status.workers) {
          io.stdout.write(`worker ${w.worker} runs ${w.setting}: last contact ${Math.round((Date.now() - Date.parse(w.lastContact)) / 1000)} s ago\n`);
        }
        for (const f of status.failures) io.stdout.write(`failed after ${plural(f.attempts, 'attempt')}: ${f.reason}\n`);
      }
      exitWith(EXIT.ok);
    });

  addRedisOption(queue.command('collect').description('write the finished articles’ outputs and run.json (workers need no shared disk)'))
    .option('-o, --out <dir>', 'output folder (default: as `queue add --out` said, else translations)')
    .option('-f, --format <list>', `comma-separated output formats: ${FORMAT_NAMES.join(', ')} (default: as \`queue add --format\` said, else html,txt)`)
    .option('-c, --config <file>', 'settings file (YAML or JSON); flags override it')
    .option('--wait', 'collect articles as they finish until none is waiting or being translated')
    .action(async (flags: QueueFlags & { wait?: boolean }) => {
      const interrupt = interruptOnSigint(() => io.stderr.write('\nlektor: interrupted; collecting what has finished\n'));
      try {
        const result = await withRedis(await configWithRedis(flags, io), async (redis, location) => {
          const config = await configWithRedis(flags, io, await readQueueOutput(redis));
          const formats = checkFormats(config.output.formats);
          const release = watchConnection(redis, reportConnection(io, location));
          // Said once connected: the command will sit there until the workers are done.
          if (flags.wait) io.stderr.write(`lektor: collecting from ${location} as articles finish; Ctrl-C stops and writes what has finished\n`);
          try {
            return await collectArticles({ redis, location, outDir: path.resolve(io.cwd, config.output.dir), formats, wait: flags.wait, signal: interrupt.signal });
          } finally {
            release();
          }
        });
        const { counts } = result.report;
        io.stderr.write(`lektor: collected ${plural(counts.done, 'article')} into ${path.relative(io.cwd, result.report.outDir) || '.'}; ${counts.failed} failed, ${counts.pending} not finished\n`);
        for (const f of result.report.failures) io.stderr.write(`lektor: ${f.reason}\n`);
        exitWith(counts.failed > 0 ? EXIT.failed : EXIT.ok);
      } finally {
        interrupt.release();
      }
    });
};

export default command;
