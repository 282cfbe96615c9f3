import path from 'node:path';
import type { ArticleRecord } from '../article-record.js';

/** One file of the glossary an article's run used: the name its outputs give it, and where it is. */
export interface RunGlossaryFile {
  readonly name: string;
  readonly path: string;
}

/**
 * The files of the run's glossary in precedence order (the last wins): a stack's named as the run
 * named them (the JSONL's `glossary` field, the page's "from desk.yaml"), a single file by its
 * base name; none for a run without a glossary.
 */
export function runGlossaryFiles(record: ArticleRecord): readonly RunGlossaryFile[] {
  if (!record.glossary) return [];
  const paths = [record.glossary.path].flat();
  const names = record.doc.meta.glossary?.files;
  return paths.map((file, i) => ({ name: names?.length === paths.length ? names[i]! : path.basename(file), path: file }));
}
