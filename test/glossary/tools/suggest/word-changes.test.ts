import { describe, expect, it } from 'vitest';
import { wordChanges } from '../../../../glossary/tools/suggest/word-changes.js';

describe('wordChanges', () => {
  it.each([
    ['a replaced word, punctuation set aside', 'The Hafen in Liège.', 'The port in Liège.', [{ draftStart: 4, draftEnd: 9, removed: 'Hafen', inserted: 'port' }]],
    ['two words for one, and a deleted word', 'It is a big ship today.', 'It is a very large ship.', [
      { draftStart: 8, draftEnd: 11, removed: 'big', inserted: 'very large' },
      { draftStart: 17, draftEnd: 22, removed: 'today', inserted: '' },
    ]],
    ['an added word', 'Ships leave.', 'Ships leave early.', [{ draftStart: 12, draftEnd: 12, removed: '', inserted: 'early' }]],
    ['capitals count', 'espionage in Liège', 'Espionage in Liège', [{ draftStart: 0, draftEnd: 9, removed: 'espionage', inserted: 'Espionage' }]],
    ['an approval', 'Yes.', 'Yes.', []],
  ])('%s', (_, draft, review, changes) => {
    expect(wordChanges(draft, review)).toEqual(changes);
  });
});
