import { describe, expect, it } from 'vitest';
import { placeholder, placeholderPattern } from '../../../glossary/strategies/placeholder.js';

describe('placeholder', () => {
  it('is uppercase ASCII letters and digits, numbered from 1', () => {
    expect([0, 1, 9].map(placeholder)).toEqual(['ZXQ1', 'ZXQ2', 'ZXQ10']);
  });

  it('matches whole words only, in any case', () => {
    expect('ZXQ1 zxq1 ZXQ10 AZXQ1'.match(placeholderPattern(0))).toEqual(['ZXQ1', 'zxq1']);
  });
});
