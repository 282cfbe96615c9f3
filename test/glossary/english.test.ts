import { describe, expect, it } from 'vitest';
import { findEnglish } from '../../glossary/english.js';
import type { CaseRule } from '../../glossary/types.js';

function found(text: string, phrase: string, rule: CaseRule = 'insensitive'): string[] {
  return findEnglish(text, phrase, rule).map((s) => text.slice(s.start, s.end));
}

describe('findEnglish', () => {
  const valid: [string, string, string, CaseRule, string[]][] = [
    ['the phrase as written', 'The logistics hub grew.', 'logistics hub', 'insensitive', ['logistics hub']],
    ['a plural', 'Two logistics hubs.', 'logistics hub', 'insensitive', ['logistics hubs']],
    ['a plural possessive', "The intelligence services' report.", 'intelligence service', 'insensitive', ['intelligence services']],
    ['a singular possessive', "The intelligence service's report.", 'intelligence service', 'insensitive', ["intelligence service's"]],
    ['-es plural', 'Both boxes.', 'box', 'insensitive', ['boxes']],
    ['-y to -ies', 'The security authorities said.', 'security authority', 'insensitive', ['security authorities']],
    ['a capital at a sentence start', 'Intelligence service confirmed.', 'intelligence service', 'insensitive', ['Intelligence service']],
    ['a name with an accent', 'At Liège airport.', 'Liège', 'insensitive', ['Liège']],
    ['a sensitive acronym', 'Part of the eWTP.', 'eWTP', 'sensitive', ['eWTP']],
    ['a long title', 'The President of the European Commission said.', 'President of the European Commission', 'insensitive', ['President of the European Commission']],
    ['every occurrence', 'Espionage, espionage and more espionage.', 'espionage', 'insensitive', ['Espionage', 'espionage', 'espionage']],
    ['punctuation in the phrase', 'Written in C++, fast.', 'C++', 'sensitive', ['C++']],
    ['a hyphenated term', 'De-risking towards China.', 'de-risking', 'insensitive', ['De-risking']],
  ];
  it.each(valid)('finds %s', (_name, text, phrase, rule, expected) => {
    expect(found(text, phrase, rule)).toEqual(expected);
  });

  const invalid: [string, string, string, CaseRule][] = [
    ['the accent left out', 'At Liege airport.', 'Liège', 'insensitive'],
    ['a sensitive acronym in other capitals', 'Part of the EWTP.', 'eWTP', 'sensitive'],
    ['a derived word', 'An intelligent service.', 'intelligence service', 'insensitive'],
    ['a phrase split by punctuation', 'Logistics, hub.', 'logistics hub', 'insensitive'],
    ['a word that only starts the same', 'A hubbub.', 'hub', 'insensitive'],
    ['the words in another order', 'The Justice Minister said.', 'Minister of Justice', 'insensitive'],
  ];
  it.each(invalid)('does not take %s', (_name, text, phrase, rule) => {
    expect(found(text, phrase, rule)).toEqual([]);
  });
});
