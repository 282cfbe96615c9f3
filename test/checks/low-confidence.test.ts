import { describe, expect, it } from 'vitest';
import lowConfidence from '../../pipeline/checks/low-confidence.js';
import { runCheck } from '../../pipeline/checks/run-check.js';
import { segmentsOf } from '../../pipeline/core/doc.js';
import { makeDoc } from '../helpers/make-doc.js';
import { testCheck, type CheckCases } from './check-tester.js';

const SOURCE = 'Der Geheimdienst überwacht das Logistikzentrum in Lüttich.';
const TARGET = 'The intelligence service monitors the logistics centre in Liège.';
/** "logistics centre" and "Liège." */
const UNSURE = [
  { start: 38, end: 54 },
  { start: 58, end: 64 },
];

const valid: CheckCases['valid'] = [
  [SOURCE, TARGET, { origin: 'model', confidence: 0.93, lowConfidence: [] }],
  [SOURCE, TARGET, { origin: 'model', confidence: 0.5, lowConfidence: UNSURE }],
  // Nothing scored it: a memory entry from before scores were kept, or a translator that cannot score.
  [SOURCE, TARGET, { origin: 'model' }],
  // A person's English is reviewed, not scored, whatever the model thought of its draft.
  [SOURCE, TARGET, { origin: 'review', draft: TARGET, confidence: 0.12, lowConfidence: UNSURE }],
];

const invalid: CheckCases['invalid'] = [
  [SOURCE, TARGET, ['Model confidence 31% (unsure of `logistics centre`, `Liège.`); expected at least 50%'], { origin: 'model', confidence: 0.3141, lowConfidence: UNSURE }],
  [SOURCE, TARGET, ['Model confidence 49%; expected at least 50%'], { origin: 'model', confidence: 0.4999, lowConfidence: [] }],
];

testCheck(lowConfidence, { valid, invalid });

describe('low-confidence with another threshold (qa.minConfidence)', () => {
  const doc = makeDoc([{ segments: [{ source: SOURCE, target: TARGET, origin: 'model', confidence: 0.8, lowConfidence: [] }] }]);
  it.each([
    [0.9, ['Model confidence 80%; expected at least 90%']],
    [0.75, []],
    [0, []],
  ])('at %d: %j', (minConfidence, messages) => {
    expect(runCheck(lowConfidence, segmentsOf(doc), { minConfidence }).map((f) => f.message)).toEqual(messages);
  });
});
