import { loadGlossarySource } from '../../../../glossary/tools/glossary-source.js';
import type { Glossary } from '../../../../glossary/types.js';
import { GlossaryError } from '../../../core/errors.js';

/**
 * The glossaries the articles were translated with, as they are now: an entry added since (a
 * proposal `glossary suggest --write` appended) is not proposed again. One that no longer loads
 * (moved, or broken since) is told to `warn` and left out, as the figures stand without it and the
 * terms its run found are in the records anyway.
 */
export async function loadRunGlossaries(files: readonly string[], cwd: string, warn: (message: string) => void): Promise<Glossary[]> {
  const loaded: Glossary[] = [];
  for (const file of files) {
    try {
      loaded.push((await loadGlossarySource(file, cwd)).glossary);
    } catch (error) {
      if (!(error instanceof GlossaryError)) throw error;
      warn(error.message);
    }
  }
  return loaded;
}
