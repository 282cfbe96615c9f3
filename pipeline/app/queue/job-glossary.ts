import path from 'node:path';
import { readGlossaryText } from '../../../glossary/load.js';
import { parseGlossary } from '../../../glossary/parse.js';
import type { TermStrategy } from '../../core/doc.js';
import type { JobGlossary } from './article-job.js';

/**
 * The glossary to send with the jobs, checked first as `lektor translate` checks it: a bad glossary
 * stops `queue add` with one line, before anything is queued, rather than failing every article on
 * the workers.
 */
export async function readJobGlossary(file: string, strategy: TermStrategy, cwd: string): Promise<JobGlossary> {
  // The text checked here is the text the workers parse.
  const text = await readGlossaryText(file, cwd);
  parseGlossary(text, file);
  return { file, path: path.resolve(cwd, file), text, strategy };
}
