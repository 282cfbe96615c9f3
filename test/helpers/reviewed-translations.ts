import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { editedCopy } from './edit-file.js';
import { runMain } from './run-main.js';
import { translatedArticles } from './translated-articles.js';

/** The glossary of the run, with a comment and a blank line whose bytes a writer must keep. */
export const SUGGEST_GLOSSARY = '# The story’s terms\nsource_lang: de\ntarget_lang: en\nterms:\n  - source: Spionage   # the noun\n    target: espionage\n\n  - source: Lüttich\n    target: Liège\n';

/**
 * Two articles translated by the tiny model with a glossary, then reviewed as in a CAT tool: the
 * XLIFF edited and given back to `lektor review import`. The model leaves `Hafen` untranslated;
 * reviewers write "port" for it in three sentences of both articles, override the glossary's
 * "espionage" with "Spying" twice, approve one sentence as it was and change "groß" to "great" once.
 */
export async function reviewedTranslations(): Promise<{ dir: string; out: string; glossary: string }> {
  const glossary = path.join(await mkdtemp(path.join(tmpdir(), 'lektor-suggest-')), 'glossary.yaml');
  await writeFile(glossary, SUGGEST_GLOSSARY);
  const articles = { a: 'Spionage in Lüttich\n\nDer Hafen in Lüttich. Der Verdacht: Spionage in Belgien. Der Verdacht ist groß.\n', b: 'Der Hafen in Belgien.\n\nSpionage am Hafen.\n' };
  const run = await translatedArticles(articles, ['--glossary', glossary]);
  await editedCopy(path.join(run.out, 'a.xlf'), path.join(run.dir, 'cat', 'a.xlf'), [
    ['>espionage in Liège</target>', '>Spying in Liège</target>'],
    ['>The Hafen in Liège.</target>', '>The port in Liège.</target>'],
    [/state="translated"([^>]*)>The suspicion: espionage/, 'state="final"$1>The suspicion: espionage'],
    ['>The suspicion is groß.</target>', '>The suspicion is great.</target>'],
  ]);
  await editedCopy(path.join(run.out, 'b.xlf'), path.join(run.dir, 'cat', 'b.xlf'), [
    ['>The Hafen in Belgium.</target>', '>The port in Belgium.</target>'],
    ['>espionage at the Hafen.</target>', '>Spying at the port.</target>'],
  ]);
  const imported = await runMain(['review', 'import', 'cat/a.xlf', 'cat/b.xlf', '--out', 'out'], { cwd: run.dir });
  if (imported.code !== 0) throw new Error(`reviewedTranslations: lektor review import exited ${imported.code}: ${imported.err}`);
  return { ...run, glossary };
}
