import { describe, expect, it } from 'vitest';
import { summaryLine } from '../../../pipeline/app/report/summary.js';
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
    [
      'a run with QA flags',
      report({ qa: { segments: 9, flaggedSegments: 2, flags: 3, bySeverity: { error: 1, warning: 2, info: 0 }, byCheck: { numbers: 1, punctuation: 2 } } }),
      'QA: 3 flags in 2 of 9 segments (1 error, 2 warnings): numbers 1, punctuation 2\n2 translated, 1 from memory, 0 failed',
    ],
    ['a run whose QA saw no sentence', report({ qa: { segments: 0, flaggedSegments: 0, flags: 0, bySeverity: { error: 0, warning: 0, info: 0 }, byCheck: {} } }), '2 translated, 1 from memory, 0 failed'],
  ])('%s', (_, r, line) => {
    expect(summaryLine(r)).toBe(line);
  });
});
