import type { LektorDoc } from '../../pipeline/doc.js';
import { collectInputs } from '../../pipeline/inputs.js';
import { readArticle } from '../../pipeline/stages/read.js';
import segment from '../../pipeline/stages/segment.js';

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
