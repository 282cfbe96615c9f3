import { describe, expect, it } from 'vitest';
import { characterDistance, editDistance } from '../../../../pipeline/app/review/stats/edit-distance.js';

describe('characterDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    // "P" → "p" (1), then "espionage" → "spying": delete "e", keep "sp", "i" → "y", "o" → "i",
    // keep "n", delete "a", keep "g", delete "e" (5). Fewer is impossible: three deletions are
    // forced by the lengths (9 vs 6), and "spying" has a "y" that "espionage" lacks.
    ['The suspicion: Possible espionage.', 'The suspicion: possible spying.', 6],
    ['Straße', 'Strasse', 2],
  ])('%j → %j: %i', (a, b, expected) => {
    expect(characterDistance(a, b)).toBe(expected);
    expect(characterDistance(b, a)).toBe(expected);
  });

  it('counts a character outside the BMP as one, not as its two UTF-16 halves', () => {
    expect(characterDistance('Gut 👍', 'Gut 👎')).toBe(1);
  });
});

describe('editDistance', () => {
  it('compares whole tokens: a changed word is one substitution', () => {
    expect(editDistance(['The', 'suspicion', ':', 'Possible', 'espionage', '.'], ['The', 'suspicion', ':', 'possible', 'spying', '.'])).toBe(2);
  });

  it('has no shifts: a moved word is a deletion and an insertion', () => {
    // Delete "Yesterday", "he" → "He", insert "yesterday".
    expect(editDistance(['Yesterday', 'he', 'said', 'no', '.'], ['He', 'said', 'no', 'yesterday', '.'])).toBe(3);
  });

  it('handles sequences longer than 32 tokens (fastest-levenshtein switches algorithm there)', () => {
    const a = Array.from({ length: 70 }, (_, i) => `w${i}`);
    const b = [...a.slice(0, 30), 'new', ...a.slice(31, 60), ...a.slice(62)];
    expect(editDistance(a, b)).toBe(3);
  });
});
