import { describe, expect, it } from 'vitest';
import { strongestKind } from '../../../../glossary/tools/extract/candidate-kinds.js';

describe('strongestKind', () => {
  it.each([
    [['noun', 'compound'], 'compound'],
    [['compound', 'quoted'], 'quoted'],
    [['quoted', 'name'], 'name'],
    [['noun', 'acronym'], 'acronym'],
  ] as const)('%j → %s', (kinds, strongest) => {
    expect(strongestKind(kinds)).toBe(strongest);
  });
});
