import { describe, expect, it } from 'vitest';
import { findingLines } from '../../../pipeline/app/filter/finding-lines.js';
import { makeDoc } from '../../helpers/make-doc.js';

describe('findingLines', () => {
  const doc = makeDoc([
    ['Erster Satz.'],
    { segments: ['Zweiter.', { source: 'Dritter Satz.', flags: [{ check: 'numbers', severity: 'error', message: 'Number `3` missing in target' }, { check: 'length', severity: 'warning', message: 'Too long' }] }] },
  ]);

  it('gives each flag as name:line:column: severity: message (check), at its segment', () => {
    expect(findingLines(doc, 'stdin')).toEqual(['stdin:3:10: error: Number `3` missing in target (numbers)', 'stdin:3:10: warning: Too long (length)']);
  });

  it('counts lines from the input line the text starts on', () => {
    expect(findingLines(doc, 'stdin', 7)).toEqual(['stdin:9:10: error: Number `3` missing in target (numbers)', 'stdin:9:10: warning: Too long (length)']);
  });
});
