import { describe, expect, it } from 'vitest';
import { defaultCaseRule, sameCapitals } from '../../glossary/case-rule.js';
import type { CaseRule } from '../../glossary/types.js';

describe('defaultCaseRule', () => {
  const table: [string[], CaseRule][] = [
    [['EWTP'], 'sensitive'],
    [['FT'], 'sensitive'],
    [['C++'], 'sensitive'],
    [['eWTP'], 'sensitive'],
    [['AliExpress'], 'sensitive'],
    [['Geheimdienst'], 'insensitive'],
    [['De-Risking', 'Derisking'], 'insensitive'],
    [['Financial Times'], 'insensitive'],
    [['Lüttich', 'LUETTICH'], 'sensitive'],
  ];
  it.each(table)('%j is %s', (variants, rule) => {
    expect(defaultCaseRule(variants)).toBe(rule);
  });
});

describe('sameCapitals', () => {
  const table: [string, string, boolean][] = [
    ['EWTP', 'EWTP', true],
    ['EWTPs', 'EWTP', true],
    ['Ewtp', 'EWTP', false],
    ['AFD', 'AfD', false],
    ['Logistikdrehkreuz', 'Logistik-Drehkreuz', false],
    ['Flughäfen', 'Flughafen', true],
  ];
  it.each(table)('%s written like %s: %s', (found, wanted, same) => {
    expect(sameCapitals(found, wanted)).toBe(same);
  });
});
