import path from 'node:path';
import { loadGlossary } from '../../glossary/load.js';
import type { TermStrategy } from '../doc.js';
import { readArticle } from '../stages/read.js';
import type { JobGlossary } from './article-job.js';

/**
 * The glossary to send with the jobs, checked first as `lektor translate` checks it: a bad glossary
 * stops `queue add` with one line, before anything is queued, rather than failing every article on
 * the workers.
 */
export async function readJobGlossary(file: string, strategy: TermStrategy, cwd: string): Promise<JobGlossary> {
  await loadGlossary(file, cwd);
  // Read as loadGlossary reads it (UTF-8, LF, NFC), so the worker parses the same text.
  const { text } = await readArticle(file, cwd);
  return { file, path: path.resolve(cwd, file), text, strategy };
}
