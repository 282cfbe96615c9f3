import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../output/review-page/word-diff.js';

describe('wordDiff', () => {
  it.each([
    ['the same English', 'Suspicious software', 'Suspicious software', [{ text: 'Suspicious software' }]],
    ['one word replaced', 'a b c', 'a x c', [{ text: 'a ' }, { text: 'b', change: 'removed' }, { text: 'x', change: 'added' }, { text: ' c' }]],
    [
      'a phrase replaced, the space inside it part of the change',
      'The suspicion: Possible espionage.',
      'The suspicion: possible spying.',
      [{ text: 'The suspicion: ' }, { text: 'Possible espionage', change: 'removed' }, { text: 'possible spying', change: 'added' }, { text: '.' }],
    ],
    ['a word put in', 'The suspicion.', 'The grave suspicion.', [{ text: 'The ' }, { text: 'grave ', change: 'added' }, { text: 'suspicion.' }]],
    ['a word taken out', 'It is very big.', 'It is big.', [{ text: 'It is ' }, { text: 'very ', change: 'removed' }, { text: 'big.' }]],
    ['punctuation on its own', 'Yes, it is.', 'Yes; it is.', [{ text: 'Yes' }, { text: ',', change: 'removed' }, { text: ';', change: 'added' }, { text: ' it is.' }]],
    ['umlauts and digits as words', 'Über 2018 hinaus', 'Über 2019 hinaus', [{ text: 'Über ' }, { text: '2018', change: 'removed' }, { text: '2019', change: 'added' }, { text: ' hinaus' }]],
    ['nothing before', '', 'New text', [{ text: 'New text', change: 'added' }]],
  ] as const)('%s', (_name, before, after, pieces) => {
    expect(wordDiff(before, after)).toEqual(pieces);
  });
});
