import { renderEvalTable } from '../eval/eval-table.js';
import { evaluateStrategies } from '../eval/evaluate.js';
import { loadGlossary } from '../../../glossary/load.js';
import { openTranslator } from '../../../models/open-translator.js';
import { collectInputs } from '../../read/inputs.js';
import { EXIT, type CliIO, type ExitWith } from './command.js';
import { configFromFlags } from './translate-flags.js';
import type { ModelFlags } from './model-options.js';

export interface EvalFlags extends ModelFlags {
  glossary: readonly string[];
}

/** What `lektor eval` does, loaded only when it runs (the model, the readers). */
export async function runEval(inputs: string[], flags: EvalFlags, io: CliIO, exitWith: ExitWith): Promise<void> {
  const config = configFromFlags(flags, io.env);
  // Everything that can be wrong with the inputs fails before the model loads.
  const glossary = await loadGlossary(flags.glossary, io.cwd);
  const files = await collectInputs(inputs, io.cwd);
  const translator = await openTranslator({ ...config.model, cwd: io.cwd });
  try {
    const results = await evaluateStrategies(files, {
      config,
      glossary,
      translator,
      now: new Date(),
      cwd: io.cwd,
      onResult: (r) => io.stderr.write(`${r.strategy}: ${r.honoured}/${r.occurrences} terms honoured in ${(r.ms / 1000).toFixed(2)} s\n`),
    });
    const info = { articles: files.length, glossaryPath: flags.glossary.join(', '), terms: glossary.terms.length, model: translator.modelId, defaultStrategy: config.glossary.strategy };
    io.stdout.write(renderEvalTable(results, info));
    exitWith(EXIT.ok);
  } finally {
    await translator.dispose();
  }
}
