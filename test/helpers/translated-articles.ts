import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runMain } from './run-main.js';
import { tinyModelDir } from './tiny-model.js';

/** Every format a reviewer may take into a CAT tool, and the English text to check. */
export const REVIEW_FORMATS = 'xliff,xliff2,tmx,jsonl,txt,html';

/**
 * A real run in a fresh folder: each article (name → German) written to `<name>.txt` and
 * translated by the tiny model into `<dir>/out` in `REVIEW_FORMATS`, with the memory there
 * unless `args` (more `translate` flags) say otherwise.
 */
export async function translatedArticles(articles: Readonly<Record<string, string>>, args: readonly string[] = []): Promise<{ dir: string; out: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lektor-reviews-'));
  for (const [name, text] of Object.entries(articles)) await writeFile(path.join(dir, `${name}.txt`), text);
  const inputs = Object.keys(articles).map((name) => `${name}.txt`);
  const run = await runMain(['translate', ...inputs, '--model', await tinyModelDir(), '--offline', '--out', 'out', '--format', REVIEW_FORMATS, '-q', ...args], {
    cwd: dir,
    env: { SOURCE_DATE_EPOCH: '1700000000' },
  });
  if (run.code !== 0) throw new Error(`translatedArticles: lektor translate exited ${run.code}: ${run.err}`);
  return { dir, out: path.join(dir, 'out') };
}
