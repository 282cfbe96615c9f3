import { describe, expect, it } from 'vitest';
import { termIdFrom } from '../../glossary/term-id.js';

describe('termIdFrom', () => {
  const table: [string, string][] = [
    ['EWTP', 'ewtp'],
    ['Lüttich', 'luettich'],
    ['EU-Kommissionspräsidentin', 'eu-kommissionspraesidentin'],
    ['Ursula von der Leyen', 'ursula-von-der-leyen'],
    ['Straße', 'strasse'],
    ['Liège', 'liege'],
    ['(EU)', 'eu'],
    ['C++', 'c'],
    ['()', ''],
  ];
  it.each(table)('%s → %s', (headword, id) => {
    expect(termIdFrom(headword)).toBe(id);
  });
});
