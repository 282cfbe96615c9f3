import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { editedCopy } from './edit-file.js';
import { runMain } from './run-main.js';
import { translatedArticles } from './translated-articles.js';

/** The glossary of the run, with a comment and a blank line whose bytes a writer must keep. */
export const SUGGEST_GLOSSARY = '# The story’s terms\nsource_lang: de\ntarget_lang: en\nterms:\n  - source: Spionage   # the noun\n    target: espionage\n\n  - source: Lüttich\n    target: Liège\n';

/** A house list to stack the story's glossary on: it has "Hafen" already, proposed, so a run does not enforce it. */
export const SUGGEST_HOUSE = 'source_lang: de\ntarget_lang: en\nterms:\n  - source: Kran\n    target: crane\n  - source: Hafen\n    target: port\n    status: proposed\n';

/**
 * Two articles translated by the tiny model with a glossary, then reviewed as in a CAT tool: the
 * XLIFF edited and given back to `lektor review import`. The model leaves `Hafen` untranslated;
 * reviewers write "port" for it in three sentences of both articles, override the glossary's
 * "espionage" with "Spying" twice, approve one sentence as it was and change "groß" to "great" once.
 * With `house`, the text of a glossary (`house.yaml`) that the run stacks that glossary on; entries
 * it enforces would change the drafts.
 */
export async function reviewedTranslations(house?: string): Promise<{ dir: string; out: string; glossary: string; stack: string[] }> {
  const glossaries = await mkdtemp(path.join(tmpdir(), 'lektor-suggest-'));
  const glossary = path.join(glossaries, 'glossary.yaml');
  await writeFile(glossary, SUGGEST_GLOSSARY);
  const stack = house === undefined ? [glossary] : [path.join(glossaries, 'house.yaml'), glossary];
  if (house !== undefined) await writeFile(stack[0]!, house);
  const articles = { a: 'Spionage in Lüttich\n\nDer Hafen in Lüttich. Der Verdacht: Spionage in Belgien. Der Verdacht ist groß.\n', b: 'Der Hafen in Belgien.\n\nSpionage am Hafen.\n' };
  const run = await translatedArticles(articles, stack.flatMap((file) => ['--glossary', file]));
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
  return { ...run, glossary, stack };
}
