import { describe, expect, it } from 'vitest';
import { splitWords } from '../../glossary/words.js';

describe('splitWords', () => {
  it('splits on space and peels punctuation off the edges only', () => {
    const text = 'Laut „Financial Times“, Spionage- und Logistik-Drehkreuz (EU) – C++ a.b*c.';
    expect(splitWords(text).map((w) => [w.lead, w.core, w.trail])).toEqual([
      ['', 'Laut', ''],
      ['„', 'Financial', ''],
      ['', 'Times', '“,'],
      ['', 'Spionage', '-'],
      ['', 'und', ''],
      ['', 'Logistik-Drehkreuz', ''],
      ['(', 'EU', ')'],
      ['', 'C++', ''],
      ['', 'a.b*c', '.'],
    ]);
  });

  it('gives offsets of the core', () => {
    const text = ' „Lüttich“ ';
    const [word] = splitWords(text);
    expect(text.slice(word!.start, word!.end)).toBe('Lüttich');
  });
});
