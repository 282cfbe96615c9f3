import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import renderJsonl from '../../../../output/jsonl.js';
import { mapSegments, type LektorDoc, type TermHit } from '../../../../pipeline/core/doc.js';

const RENDER = { now: new Date('2023-10-05T12:07:00Z'), toolVersion: '0.1.0' };

/**
 * An output folder as `lektor translate --format jsonl` leaves it: each matched document written
 * by the real JSONL writer, with every term hit given the outcome `outcome` decides.
 */
export async function translatedFolder(docs: readonly LektorDoc[], outcome: (hit: TermHit, index: number) => Partial<TermHit>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lektor-translations-'));
  for (const doc of docs) {
    let n = 0;
    const translated = mapSegments(doc, (s) => (s.terms ? { ...s, target: s.source, terms: s.terms.map((hit) => ({ ...hit, ...outcome(hit, n++) })) } : s));
    await writeFile(path.join(dir, `${doc.meta.name}.jsonl`), renderJsonl(translated, RENDER));
  }
  return dir;
}
