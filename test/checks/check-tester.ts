import { describe, expect, it } from 'vitest';
import type { Segment } from '../../pipeline/core/doc.js';
import { segmentsOf } from '../../pipeline/core/doc.js';
import { runCheck, type AnyCheck } from '../../pipeline/checks/run-check.js';
import { makeDoc } from '../helpers/make-doc.js';

type SegmentFields = Partial<Omit<Segment, 'id' | 'start' | 'end' | 'source'>>;

/** Translated sentences a check must accept, and ones it must flag with exactly these messages. */
export interface CheckCases {
  readonly valid: [source: string, target: string, fields?: SegmentFields][];
  readonly invalid: [source: string, target: string, messages: string[], fields?: SegmentFields][];
}

/** What `check` reports over a batch of translated sentences, one paragraph each, in report order. */
export function findMessages(check: AnyCheck, pairs: readonly (readonly [string, string, SegmentFields?])[]): string[] {
  const doc = makeDoc(pairs.map(([source, target, fields]) => ({ segments: [{ source, target, ...fields }] })));
  return runCheck(check, segmentsOf(doc)).map((finding) => finding.message);
}

/** A check's valid/invalid tables, each sentence checked on its own (textlint-tester's shape). */
export function testCheck(check: AnyCheck, cases: CheckCases): void {
  describe(check.id, () => {
    it.each(cases.valid)('accepts %j → %j', (source, target, fields) => {
      expect(findMessages(check, [[source, target, fields]])).toEqual([]);
    });
    it.each(cases.invalid)('flags %j → %j', (source, target, messages, fields) => {
      expect(findMessages(check, [[source, target, fields]])).toEqual(messages);
    });
  });
}
