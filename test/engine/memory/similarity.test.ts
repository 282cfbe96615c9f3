import { describe, expect, it } from 'vitest';
import { similarity, tokenize } from '../../../pipeline/engine/memory/similarity.js';

const liege = 'Der Geheimdienst überwacht das Logistikzentrum in Lüttich.';
const dax = 'Der DAX stieg um 1,2 Prozent auf 18.500 Punkte.';

describe('tokenize', () => {
  it('splits words, numbers with their separators, codes and each other mark', () => {
    expect(tokenize('Am 12.03.2024 um 9:30 fiel der E-Mail-Dienst aus (ZXQ1).')).toEqual(['Am', '12.03.2024', 'um', '9:30', 'fiel', 'der', 'E-Mail-Dienst', 'aus', '(', 'ZXQ1', ')', '.']);
  });
});

describe('similarity', () => {
  it.each([
    ['the same sentence', liege, liege, 100],
    ['the same tokens wrapped otherwise', liege, `${liege.replace(' das ', '\n  das ')} `, 100],
    ['two words inserted in ten tokens: 8/10', liege, 'Der Geheimdienst überwacht seit Jahren das Logistikzentrum in Lüttich.', 80],
    ['one word replaced in eight tokens: ⌊7/8⌋', liege, 'Der Geheimdienst überwacht das Logistikzentrum in Brüssel.', 87],
    ['two numbers changed: 100 less two points', dax, 'Der DAX stieg um 0,8 Prozent auf 18.320 Punkte.', 98],
    ['an inline code changed', 'Er sagte ZXQ1 nein.', 'Er sagte ZXQ2 nein.', 99],
    ['a number and a word changed: ⌊9/10⌋ less one', dax, 'Der DAX fiel um 0,8 Prozent auf 18.500 Punkte.', 89],
    ['a case change counts as another word', 'Guten Tag.', 'guten Tag.', 66],
    ['nothing alike', 'Guten Tag.', 'Gute Nacht.', 33],
    ['nothing against something', '', 'Ja.', 0],
  ])('%s → %i', (_, a, b, expected) => {
    expect(similarity(a, b)).toBe(expected);
    expect(similarity(b, a)).toBe(expected);
  });
});
