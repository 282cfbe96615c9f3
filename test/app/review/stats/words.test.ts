import { describe, expect, it } from 'vitest';
import { words } from '../../../../pipeline/app/review/stats/words.js';

describe('words', () => {
  it.each([
    ['The suspicion: Possible espionage.', ['The', 'suspicion', ':', 'Possible', 'espionage', '.']],
    ['He said: "It\'s 3.5% higher."', ['He', 'said', ':', '"', "It's", '3.5', '%', 'higher', '.', '"']],
    ['  tabs\tand\u00a0no-break spaces ', ['tabs', 'and', 'no', '-', 'break', 'spaces']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});
