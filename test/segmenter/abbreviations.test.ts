import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, abbreviationEnding } from '../../pipeline/segmenter/abbreviations.js';

describe('ABBREVIATIONS', () => {
  it('lists at least 200 German abbreviations', () => {
    expect(ABBREVIATIONS.size).toBeGreaterThanOrEqual(200);
  });
});

describe('abbreviationEnding', () => {
  const valid: [string, string[], string][] = [
    ['Dr', [], 'never'],
    ['Prof', [], 'never'],
    ['St', [], 'never'],
    ['Nr', [], 'never'],
    ['Abs', [], 'never'],
    ['vgl', [], 'never'],
    ['Vgl', [], 'never'],
    ['ca', [], 'never'],
    ['bzw', [], 'never'],
    ['z.B', [], 'never'],
    ['B', ['z.'], 'never'],
    ['B', ['Z.'], 'never'],
    ['h', ['d.'], 'never'],
    ['R', ['i.', 'd.'], 'never'],
    ['i.d.R', [], 'never'],
    ['usw', [], 'before-capital'],
    ['etc', [], 'before-capital'],
    ['Ä', ['u.'], 'before-capital'],
    ['Mrd', [], 'before-sentence-starter'],
    ['Mio', [], 'before-sentence-starter'],
    ['Jh', [], 'before-sentence-starter'],
    ['Jan', [], 'before-sentence-starter'],
    ['Okt', [], 'before-sentence-starter'],
    ['Art', [], 'before-sentence-starter'],
    ['Ltd', [], 'before-sentence-starter'],
    ['Inc', [], 'before-sentence-starter'],
    ['Hauptstr', [], 'before-sentence-starter'],
    ['a', ['u.'], 'before-sentence-starter'],
    ['a', ['Tolle', 'u.'], 'before-sentence-starter'],
    ['vet', [], 'never'],
    ['pol', [], 'never'],
    ['mult', [], 'never'],
    ['apl', [], 'never'],
    ['Marktpl', [], 'before-sentence-starter'],
    ['Friedrich-Ebert-Str', [], 'before-sentence-starter'],
    ['ev.-luth', [], 'never'],
    ['Univ.-Prof', [], 'never'],
    ['Priv.-Doz', [], 'never'],
    ['Dipl.-Psych', [], 'never'],
    ['Mo.–Fr', [], 'never'],
  ];
  it.each(valid)('%s. after %j is an abbreviation ending %s', (word, before, ending) => {
    expect(abbreviationEnding(word, before)).toBe(ending);
  });

  const invalid: [string, string[]][] = [
    ['Haus', []],
    ['GmbH', []],
    ['F', []],
    ['B', []],
    ['B', ['Haus.']],
    ['R', ['der']],
    ['Zb', []],
    ['Baden-Württemberg', []],
    ['E-Mail', []],
    ['Rot-Grün', []],
    ['Beispiel', []],
  ];
  it.each(invalid)('%s. after %j is no abbreviation', (word, before) => {
    expect(abbreviationEnding(word, before)).toBeUndefined();
  });
});
