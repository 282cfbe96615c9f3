import { Option } from 'commander';
import { loadMarianTranslator } from '../../models/marian.js';
import { resolveConfig, type LektorConfig } from '../config.js';
import { translateFiles } from '../run.js';
import { EXIT, type CommandModule } from './command.js';

interface TranslateFlags {
  out?: string;
  model?: string;
  offline?: boolean;
  dtype?: 'fp32' | 'q8';
  batchSize?: number;
  threads?: number;
  format?: string;
}

function integer(value: string): number {
  return Number(value);
}

export function configFromFlags(flags: TranslateFlags, env: CliEnv): LektorConfig {
  return resolveConfig(
    [
      {
        model: { id: flags.model, offline: flags.offline || undefined, dtype: flags.dtype, threads: flags.threads },
        translate: { batchSize: flags.batchSize },
        output: { dir: flags.out, formats: flags.format?.split(',').map((f) => f.trim()).filter(Boolean) },
      },
    ],
    env,
  );
}

type CliEnv = Readonly<Record<string, string | undefined>>;

const command: CommandModule = (program, io, exitWith) => {
  program
    .command('translate')
    .description('translate German articles (files or folders of .txt) into English')
    .argument('<inputs...>', 'article files or folders')
    .option('-o, --out <dir>', 'output folder (default: translations)')
    .option('-m, --model <id|dir>', 'hub model id or local model directory (default: Xenova/opus-mt-de-en)')
    .option('--offline', 'never reach the network (also LEKTOR_OFFLINE=1)')
    .addOption(new Option('--dtype <dtype>', 'weight precision').choices(['fp32', 'q8']))
    .option('--batch-size <n>', 'sentences per model call (default: 8)', integer)
    .option('--threads <n>', 'ONNX Runtime threads, 0 = automatic (default: 0)', integer)
    .option('-f, --format <list>', 'comma-separated output formats (default: txt,md)')
    .addHelpText('after', '\nExamples:\n  lektor translate seeds/\n  lektor translate article.txt --model ./my-model --offline --out out/\n')
    .action(async (inputs: string[], flags: TranslateFlags) => {
      const config = configFromFlags(flags, io.env);
      const summary = await translateFiles(inputs, {
        config,
        cwd: io.cwd,
        now: new Date(),
        loadTranslator: () => loadMarianTranslator({ ...config.model, cwd: io.cwd }),
        onArticle: (r) => {
          if (r.ok) io.stderr.write(`${r.name}: ${r.segments} segments → ${r.outputs.join(', ')}\n`);
          else io.stderr.write(`lektor: ${r.message}\n`);
        },
      });
      io.stderr.write(`${summary.translated.length} translated, ${summary.failed.length} failed${summary.failed.length ? ` (${summary.failed.map((f) => f.file).join(', ')})` : ''}\n`);
      exitWith(summary.failed.length > 0 ? EXIT.failed : EXIT.ok);
    });
};

export default command;
