import type { Segment } from '../../pipeline/doc.js';
import { segmentsOf } from '../../pipeline/doc.js';
import { runCheck, type AnyCheck } from '../../pipeline/checks/run-check.js';
import { makeDoc } from '../helpers/make-doc.js';

type SegmentFields = Partial<Omit<Segment, 'id' | 'start' | 'end' | 'source'>>;

/** What `check` reports on one translated sentence, in report order. */
export function findMessages(check: AnyCheck, source: string, target: string, fields: SegmentFields = {}): string[] {
  return findBatchMessages(check, [[source, target, fields]]);
}

/** What `check` reports over a batch of translated sentences, one paragraph each. */
export function findBatchMessages(check: AnyCheck, pairs: readonly (readonly [string, string, SegmentFields?])[]): string[] {
  const doc = makeDoc(pairs.map(([source, target, fields]) => ({ segments: [{ source, target, ...fields }] })));
  return runCheck(check, segmentsOf(doc)).map((finding) => finding.message);
}
