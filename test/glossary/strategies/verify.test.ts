import { describe, expect, it } from 'vitest';
import verify from '../../../glossary/strategies/verify.js';

describe('verify strategy', () => {
  const terms = [{ start: 4, end: 16, expected: 'intelligence service', case: 'insensitive' as const, dnt: false }];

  it('sends the source unchanged and undoes nothing', () => {
    expect(verify.prepare('Der Geheimdienst.', terms)).toBeUndefined();
    expect(verify.restore('The secret service.', terms)).toBe('The secret service.');
  });
});
