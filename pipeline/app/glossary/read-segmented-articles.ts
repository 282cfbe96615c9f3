import type { LektorDoc } from '../../core/doc.js';
import { collectInputs } from '../../read/inputs.js';
import { readArticle } from '../../read/read-article.js';
import segment from '../../stages/segment.js';

/**
 * Articles (files or folders, as `translate` takes them) read and split into segments exactly as a
 * translation run does, so the maintenance commands see the same sentences the matcher sees.
 */
export async function readSegmentedArticles(inputs: readonly string[], cwd: string, now: Date): Promise<LektorDoc[]> {
  const split = segment();
  const docs: LektorDoc[] = [];
  for (const file of await collectInputs(inputs, cwd)) docs.push(await split(await readArticle(file), { now }));
  return docs;
}
