import { segmentsOf, targetScores, type DocMeta, type LektorDoc } from '../pipeline/core/doc.js';

/** ITS 2.0, whose MT Confidence the XLIFF writers use: XLIFF 2.1's ITS module, and the W3C's mapping for XLIFF 1.2. */
export const ITS = 'http://www.w3.org/2005/11/its';

/** Whether any target of `doc` carries the model's confidence: only then do the XLIFF files declare ITS. */
export function hasConfidence(doc: LektorDoc): boolean {
  return segmentsOf(doc).some((segment) => targetScores(segment) !== undefined);
}

/**
 * `its:annotatorsRef`, which ITS requires beside `its:mtConfidence`: the data category and the
 * tool that scored, here the model that translated (as a URN of its id).
 */
export function mtConfidenceAnnotator(meta: DocMeta): string {
  return `mt-confidence|urn:lektor:model:${encodeURIComponent(meta.model?.id ?? 'unknown')}`;
}
