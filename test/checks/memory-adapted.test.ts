import memoryAdapted from '../../pipeline/checks/memory-adapted.js';
import type { MemoryMatch } from '../../pipeline/core/doc.js';
import { testCheck, type CheckCases } from './check-tester.js';

const SOURCE = 'Der DAX stieg um 0,8 Prozent auf 18.320 Punkte.';
const TARGET = 'The DAX rose 0.8 percent to 18,320 points.';
const match: MemoryMatch = {
  similarity: 98,
  source: 'Der DAX stieg um 1,2 Prozent auf 18.500 Punkte.',
  target: 'The DAX rose 1.2 percent to 18,500 points.',
  origin: 'review',
  createdAt: '2026-11-30T09:00:00.000Z',
};

const valid: CheckCases['valid'] = [
  // The model's English, with the match only travelling along.
  [SOURCE, TARGET, { origin: 'model', matches: [match] }],
  [SOURCE, TARGET, { origin: 'review', draft: TARGET }],
];

const invalid: CheckCases['invalid'] = [
  [SOURCE, TARGET, ['Reviewed English of a sentence 98% alike, with its numbers changed (`1,2` → `0,8`, `18.500` → `18.320`); expected a reviewer to confirm it'], { origin: 'memory-adapted', matches: [match] }],
];

testCheck(memoryAdapted, { valid, invalid });
