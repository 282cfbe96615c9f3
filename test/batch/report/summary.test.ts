import { describe, expect, it } from 'vitest';
import { summaryLine } from '../../../pipeline/batch/report/summary.js';
import { report } from './events.js';

describe('summaryLine', () => {
  it.each([
    ['a completed run', report(), '2 translated, 1 from memory, 0 failed'],
    [
      'failures, named',
      report({ status: 'failures', failures: [{ file: 'a.txt', reason: 'x' }, { file: 'b.txt', reason: 'y' }] }, { failed: 2 }),
      '2 translated, 1 from memory, 2 failed (a.txt, b.txt)',
    ],
    [
      'an interrupt, with what is left and what the model did',
      report({ status: 'interrupted' }, { pending: 7 }),
      'interrupted: 2 translated, 1 from memory, 0 failed; 7 not finished (6 new sentences remembered), run the same command again to finish them',
    ],
    [
      'an interrupt before the model did anything',
      report({ status: 'interrupted' }, { translated: 0, fromMemory: 0, pending: 3, modelSentences: 0 }),
      'interrupted: 0 translated, 0 from memory, 0 failed; 3 not finished, run the same command again to finish them',
    ],
    ['a stop', report({ status: 'error' }, { translated: 0, fromMemory: 0, pending: 3 }), 'stopped: 0 translated, 0 from memory, 0 failed; 3 not finished'],
  ])('%s', (_, r, line) => {
    expect(summaryLine(r)).toBe(line);
  });
});
