import { describe, expect, it } from 'vitest';
import { adaptNumbers, numberChanges } from '../../../pipeline/engine/memory/adapt-numbers.js';

const dax = { source: 'Der DAX stieg um 1,2 Prozent auf 18.500 Punkte.', target: 'The DAX rose 1.2 percent to 18,500 points.' };

describe('numberChanges', () => {
  it.each([
    ['numbers changed', dax.source, 'Der DAX stieg um 0,8 Prozent auf 18.320 Punkte.', [['1,2', '0,8'], ['18.500', '18.320']]],
    ['a word changed too', dax.source, 'Der DAX fiel um 0,8 Prozent auf 18.320 Punkte.', undefined],
    ['the same sentence', dax.source, dax.source, undefined],
    ['an inline code changed', 'Er sagte ZXQ1 nein.', 'Er sagte ZXQ2 nein.', undefined],
    ['a number more', 'Es waren 3.', 'Es waren 3 4.', undefined],
  ])('%s', (_, before, now, expected) => {
    expect(numberChanges(before, now)).toEqual(expected);
  });
});

describe('adaptNumbers', () => {
  it.each([
    ['puts the new numbers in the English form they stand in', dax, 'Der DAX stieg um 0,8 Prozent auf 18.320 Punkte.', 'The DAX rose 0.8 percent to 18,320 points.'],
    ['keeps a number written as in German', { source: 'Im Jahr 2023 kamen 12 Besucher.', target: 'In 2023, 12 visitors came.' }, 'Im Jahr 2024 kamen 15 Besucher.', 'In 2024, 15 visitors came.'],
    ['does not touch a number inside a longer one', { source: 'Es waren 5 Tage.', target: 'It was 5 days, not 15.' }, 'Es waren 6 Tage.', 'It was 6 days, not 15.'],
    ['refuses a number the English does not show', { source: 'Am 12.03.2024 stieg er um 5 Prozent.', target: 'On March 12, 2024 it rose 5 percent.' }, 'Am 13.03.2024 stieg er um 5 Prozent.', undefined],
    ['refuses a number the English shows twice', { source: 'Er zahlte 5 Euro.', target: 'He paid 5 euros (5 in cash).' }, 'Er zahlte 6 Euro.', undefined],
    ['refuses a sentence that differs in a word', dax, 'Der DAX fiel um 0,8 Prozent auf 18.320 Punkte.', undefined],
  ])('%s', (_, match, sentence, expected) => {
    expect(adaptNumbers(sentence, match)).toBe(expected);
  });
});
