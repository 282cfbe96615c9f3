import { FORMAT_NAMES } from '../../../output/index.js';
import { REPORTERS, chooseReporter } from '../report/index.js';
import { translateFiles } from '../translate/translate-files.js';
import type { TranslateRunReport } from '../deliver/run-report.js';
import { defaultConfig, resolveConfig, runDate, type ConfigLayer, type LektorConfig, type QaConfig } from '../../config.js';
import { loadConfigFile } from '../../config-file.js';
import type { TermStrategy } from '../../core/doc.js';
import type { EngineOptions } from '../../engine/translation-engine.js';
import { EXIT, type CommandModule } from './command.js';
import { engineOptions } from './engine-options.js';
import { glossaryStack } from './glossary-option.js';
import { interruptOnSigint } from './interrupt-on-sigint.js';
import { addModelOptions, type ModelFlags } from './model-options.js';
import { addStageOptions } from './stage-options.js';
import { filterInput, runFilter } from './translate-filter.js';

export interface TranslateFlags extends ModelFlags {
  out?: string;
  format?: string;
  /** `--glossary`, repeated to stack. */
  glossary?: readonly string[];
  terms?: TermStrategy;
  /** A file, or `false` for `--no-memory`. */
  memory?: string | false;
  json?: boolean;
  quiet?: boolean;
  text?: string;
  lines?: boolean;
  select?: string;
  qa?: QaConfig['checks'];
  config?: string;
}

type CliEnv = Readonly<Record<string, string | undefined>>;

/** Defaults < config file (`--config`) < flags. */
export function configFromFlags(flags: TranslateFlags, env: CliEnv, fileLayer: ConfigLayer = {}): LektorConfig {
  return resolveConfig(
    [
      fileLayer,
      {
        model: { id: flags.model, hub: flags.hub, offline: flags.offline || undefined, dtype: flags.dtype, threads: flags.threads, beams: flags.beams },
        input: { select: flags.select },
        translate: { batchSize: flags.batchSize, batchTokens: flags.batchTokens },
        output: { dir: flags.out, formats: flags.format?.split(',').map((f) => f.trim()).filter(Boolean) },
        glossary: { path: glossaryStack(flags.glossary), strategy: flags.terms },
        qa: { checks: flags.qa },
      },
    ],
    env,
  );
}

const EXIT_BY_STATUS: Record<TranslateRunReport['status'], number> = { completed: EXIT.ok, failures: EXIT.failed, interrupted: EXIT.interrupted, error: EXIT.failed };

const command: CommandModule = (program, io, exitWith) => {
  const translate = addModelOptions(
    program
      .command('translate')
      .description('translate German articles (files or folders of .txt, .md and .html) into English')
      .argument('[inputs...]', 'article files or folders, or - to translate standard input to standard output')
      .option('-o, --out <dir>', 'output folder (default: translations)'),
  )
    .option('-f, --format <list>', `comma-separated output formats: ${FORMAT_NAMES.join(', ')} (default: ${defaultConfig().output.formats.join(',')})`);
  addStageOptions(translate, '<out>/lektor-memory.sqlite')
    .option('--json', 'print progress as JSON lines on stdout')
    .option('-q, --quiet', 'print failures only')
    .option('--text <german>', 'translate this text to standard output instead of files')
    .option('--lines', 'with - or --text: each line is one segment, written as soon as it is translated')
    .option('--select <css>', 'HTML articles: translate only what this CSS selector matches (e.g. article), keep the rest of the page as it is')
    .addHelpText(
      'after',
      '\nExamples:\n  lektor translate seeds/\n  lektor translate seeds/ --glossary seeds/glossary.yaml --format html,txt,xliff\n  lektor translate seeds/ --glossary house.yaml --glossary economy.yaml\n  lektor translate article.txt --model ./my-model --offline --out out/\n  lektor translate news/ --memory ~/lektor-memory.sqlite --json > progress.jsonl\n  echo "Der Geheimdienst überwacht das Logistikzentrum." | lektor translate -\n  lektor translate --text "Guten Morgen." --format jsonl\n  lektor translate page.html --select "article .body"\n\nCtrl-C finishes the running batch, writes the finished articles and exits 130;\nrunning the same command again finishes the rest.\nSOURCE_DATE_EPOCH=<seconds> pins the date stamped into outputs (byte-identical re-runs).\n',
    )
    .action(async (inputs: string[], flags: TranslateFlags) => {
      const filter = filterInput(inputs, flags);
      const config = configFromFlags(filter ? { ...flags, format: filter.format } : flags, io.env, flags.config === undefined ? {} : await loadConfigFile(flags.config, io.cwd));
      // A filter's standard output is the translation: only a download's progress lines go to standard error.
      const reporterName = filter ? (flags.quiet ? 'quiet' : 'lines') : chooseReporter(flags, io.stderr);
      const report = REPORTERS[reporterName](io);
      const interrupt = interruptOnSigint(() => {
        if (reporterName !== 'json') io.stderr.write('\nlektor: interrupted; finishing the running batch (Ctrl-C again to stop at once)\n');
      });
      let engine: EngineOptions | undefined;
      try {
        // A first run downloads the model: its progress shows with the run's, Ctrl-C keeps the part.
        engine = await engineOptions(config, flags, io, { now: runDate(io.env), report, signal: interrupt.signal });
        if (filter) return exitWith(await runFilter(filter, engine, io, flags.quiet ?? false));
        const summary = await translateFiles(inputs, { ...engine, cwd: io.cwd, onProgress: report });
        exitWith(EXIT_BY_STATUS[summary.report.status]);
      } finally {
        interrupt.release();
        await engine?.memory?.close();
      }
    });
};

export default command;
