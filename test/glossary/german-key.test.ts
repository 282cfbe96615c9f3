import { describe, expect, it } from 'vitest';
import { foldGerman, stemGerman } from '../../glossary/german-key.js';

describe('foldGerman', () => {
  const table: [string, string][] = [
    ['Lüttich', 'luttich'],
    ['Luettich', 'luttich'],
    ['LÜTTICH', 'luttich'],
    ['Straße', 'strasse'],
    ['Logistik-Drehkreuz', 'logistikdrehkreuz'],
    ['Sicherheitsbehoerden', 'sicherheitsbehorden'],
    ['Quelle', 'quelle'],
    ['Liège', 'liege'],
  ];
  it.each(table)('%s → %s', (word, folded) => {
    expect(foldGerman(word)).toBe(folded);
  });
});

describe('stemGerman', () => {
  it('gives inflected forms one stem', () => {
    const forms = ['Geheimdienst', 'Geheimdienstes', 'Geheimdienste', 'Geheimdiensten'].map((w) => stemGerman(foldGerman(w)));
    expect(new Set(forms)).toEqual(new Set(['geheimdien']));
  });
});
