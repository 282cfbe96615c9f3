import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { ARTICLE_EXTENSION, articleName } from '../core/article-name.js';

/**
 * Command-line inputs → article files, in a stable order: files as given, directories expanded
 * to their `.txt`, `.md`/`.markdown` and `.html`/`.htm` files (sorted, not recursive). Fails before any work if an input is unusable.
 */
export async function collectInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    const info = await stat(full).catch(() => undefined);
    if (!info) throw new InputError({ file: input }, 'no such file or directory');
    if (!info.isDirectory()) {
      files.push(full);
      continue;
    }
    const entries = await readdir(full, { withFileTypes: true });
    const articles = entries.filter((e) => e.isFile() && ARTICLE_EXTENSION.test(e.name)).map((e) => path.join(full, e.name));
    if (articles.length === 0) throw new InputError({ file: input }, 'directory has no .txt, .md or .html articles');
    files.push(...articles.sort());
  }
  const unique = [...new Set(files)];
  refuseSharedNames(unique, cwd);
  return unique;
}

/**
 * Outputs are named after the article (`foo.md` and `foo.html` both write `foo.en.*` and one
 * record), so two inputs with one name would overwrite each other's work: refused before any.
 */
function refuseSharedNames(files: readonly string[], cwd: string): void {
  const byName = new Map<string, string>();
  for (const file of files) {
    const name = articleName(file);
    const other = byName.get(name);
    if (other !== undefined) {
      throw new InputError({ file: path.relative(cwd, file) || file }, `has the article name "${name}" of ${path.relative(cwd, other) || other}, and their outputs would overwrite each other; rename one`);
    }
    byName.set(name, file);
  }
}
