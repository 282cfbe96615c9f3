import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runMain } from './run-main.js';
import { tinyModelDir } from './tiny-model.js';

/** A Markdown article with inline markup in three sentences: bold, a link around emphasis, a code span. */
export const MARKDOWN_ARTICLE = '# Die **Polizei** meldet Erfolg\n\nLaut [*ersten* Angaben](https://example.org) wurde `rm -rf` ausgeführt. Der Verdacht ist **groß**.\n';

/** `MARKDOWN_ARTICLE` as `a.md`, translated by the tiny model into `<dir>/out` in every review format. */
export async function translatedMarkdown(): Promise<{ dir: string; out: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lektor-review-markup-'));
  await writeFile(path.join(dir, 'a.md'), MARKDOWN_ARTICLE);
  const run = await runMain(['translate', 'a.md', '--model', await tinyModelDir(), '--offline', '--out', 'out', '--format', 'xliff,xliff2,tmx,jsonl,html', '-q'], {
    cwd: dir,
    env: { SOURCE_DATE_EPOCH: '1700000000' },
  });
  if (run.code !== 0) throw new Error(`translatedMarkdown: lektor translate exited ${run.code}: ${run.err}`);
  return { dir, out: path.join(dir, 'out') };
}
