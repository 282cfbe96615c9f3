import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runMain } from './run-main.js';
import { repoRoot } from './run-cli.js';
import { tinyModelDir } from './tiny-model.js';

/** The seed article's name in the output folder. */
export const SEED_ARTICLE = 'alibaba-liege-espionage';

export interface ReviewFolder {
  /** The output folder. */
  readonly out: string;
  /** The copy of the seed glossary the run used; absent for a run without one. */
  readonly glossary?: string;
}

/**
 * A real `lektor translate` of the seed article by the tiny model, as a reviewer gets it: review
 * page, English text, JSONL and XLIFF, the record and the memory; with a copy of the seed
 * glossary (so a test may change it) unless `glossary` is false.
 */
export async function reviewFolder(options: { glossary?: boolean } = {}): Promise<ReviewFolder> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lektor-review-serve-'));
  await copyFile(path.join(repoRoot, 'seeds', `${SEED_ARTICLE}.de.txt`), path.join(dir, `${SEED_ARTICLE}.de.txt`));
  const glossary = options.glossary === false ? undefined : path.join(dir, 'glossary.yaml');
  if (glossary) await copyFile(path.join(repoRoot, 'seeds', 'glossary.yaml'), glossary);
  const args = ['translate', `${SEED_ARTICLE}.de.txt`, '--model', await tinyModelDir(), '--offline', '--out', 'out', '--format', 'html,txt,jsonl,xliff', '-q'];
  const run = await runMain(glossary ? [...args, '--glossary', glossary] : args, { cwd: dir, env: { SOURCE_DATE_EPOCH: '1700000000' } });
  if (run.code !== 0) throw new Error(`reviewFolder: lektor translate exited ${run.code}: ${run.err}`);
  return { out: path.join(dir, 'out'), ...(glossary ? { glossary } : {}) };
}
