import path from 'node:path';
import { readGlossaryText } from '../../../glossary/load.js';
import { parseGlossary } from '../../../glossary/parse.js';
import { stackGlossaries } from '../../../glossary/stack.js';
import type { Glossary } from '../../../glossary/types.js';
import type { TermStrategy } from '../../core/doc.js';
import { jobGlossaryFiles, type JobGlossary, type JobGlossaryFile } from './article-job.js';

/**
 * The glossary to send with the jobs (one file, or a stack in precedence order), checked first as
 * `lektor translate` checks it: a bad file stops `queue add` with one line naming it, before
 * anything is queued, rather than failing every article on the workers.
 */
export async function readJobGlossary(files: string | readonly string[], strategy: TermStrategy, cwd: string): Promise<JobGlossary> {
  const read: JobGlossaryFile[] = [];
  // One after another, so the first bad file in stack order is the one reported, as translate reports it.
  for (const file of [files].flat()) {
    // The text checked here is the text the workers parse.
    const text = await readGlossaryText(file, cwd);
    parseGlossary(text, file);
    read.push({ file, path: path.resolve(cwd, file), text });
  }
  return typeof files === 'string' ? { ...read[0]!, strategy } : { stack: read, strategy };
}

/** The glossary a worker enforces for a job: its files parsed and stacked as `loadGlossary` stacks them. */
export function parseJobGlossary(glossary: JobGlossary): Glossary {
  return stackGlossaries(jobGlossaryFiles(glossary).map((f) => parseGlossary(f.text, f.file)));
}

/** The glossary as the article records name it: the absolute path, a list for a stack. */
export function recordedJobGlossary(glossary: JobGlossary): { readonly path: string | readonly string[]; readonly strategy: TermStrategy } {
  const paths = jobGlossaryFiles(glossary).map((f) => f.path);
  return { path: 'stack' in glossary ? paths : paths[0]!, strategy: glossary.strategy };
}
