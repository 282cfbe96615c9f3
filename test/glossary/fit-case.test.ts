import { describe, expect, it } from 'vitest';
import { fitCase } from '../../glossary/fit-case.js';
import type { CaseRule } from '../../glossary/types.js';

describe('fitCase', () => {
  const table: [string, string, number, CaseRule, string][] = [
    ['intelligence service', 'X confirmed.', 0, 'insensitive', 'Intelligence service'],
    ['intelligence service', '"X confirmed."', 1, 'insensitive', 'Intelligence service'],
    ['intelligence service', 'It said so. X confirmed.', 12, 'insensitive', 'Intelligence service'],
    ['intelligence service', 'The X confirmed.', 4, 'insensitive', 'intelligence service'],
    ['eWTP', 'X is a platform.', 0, 'sensitive', 'eWTP'],
  ];
  it.each(table)('%s in %j at %i (%s) → %s', (term, text, at, rule, expected) => {
    expect(fitCase(term, text, at, rule)).toBe(expected);
  });
});
