import { loadGlossary } from '../../../../glossary/load.js';
import { stackGlossaries } from '../../../../glossary/stack.js';
import type { Glossary } from '../../../../glossary/types.js';
import { GlossaryError } from '../../../core/errors.js';

/**
 * The glossaries the articles were translated with, as they are now: each run's stack (its files in
 * precedence order, one for a single glossary) stacked again, so an entry a later file replaced
 * names that file. An entry added since (a proposal `glossary suggest --write` appended) is not
 * proposed again. A file that no longer loads (moved, or broken since) is told to `warn` and left
 * out of its stack, as the figures stand without it and the terms its run found are in the records.
 */
export async function loadRunGlossaries(stacks: readonly (readonly string[])[], cwd: string, warn: (message: string) => void): Promise<Glossary[]> {
  const loaded: Glossary[] = [];
  for (const files of stacks) {
    const glossaries: Glossary[] = [];
    for (const file of files) {
      try {
        glossaries.push(await loadGlossary(file, cwd));
      } catch (error) {
        if (!(error instanceof GlossaryError)) throw error;
        warn(error.message);
      }
    }
    if (glossaries.length > 0) loaded.push(stackGlossaries(glossaries));
  }
  return loaded;
}
