import { describe, expect, it } from 'vitest';
import { contextLine } from '../../../../glossary/tools/extract/context-line.js';

describe('contextLine', () => {
  it('keeps a short sentence whole, on one line', () => {
    expect(contextLine('Der Geheimdienst\nbestätigte   es.', 4, 16)).toBe('Der Geheimdienst bestätigte es.');
  });

  it('cuts a long sentence at word boundaries around the occurrence', () => {
    const sentence = `${'Vorne '.repeat(30)}EWTP${' hinten'.repeat(30)}`;
    const at = sentence.indexOf('EWTP');
    const line = contextLine(sentence, at, at + 4);
    expect(line).toMatch(/^…Vorne .* EWTP hinten .*hinten…$/);
    expect(line.length).toBeLessThan(160);
  });
});
