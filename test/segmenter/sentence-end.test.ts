import { describe, expect, it } from 'vitest';
import { endsSentence, type BoundaryContext } from '../../pipeline/segmenter/sentence-end.js';

const at = (word: string, next: string, more: Partial<BoundaryContext> = {}): BoundaryContext => ({
  word,
  punctuation: '.',
  bracketed: false,
  before: [],
  next,
  first: false,
  ...more,
});

describe('endsSentence', () => {
  const ends: [string, BoundaryContext][] = [
    ['a word before a capital', at('Spionage', 'Die Behörden')],
    ['a word before a digit', at('gegründet', '2014 ging')],
    ['a word before an opening quote', at('Zeitung', '„Wir kommen')],
    ['a camel-case brand', at('gekauft', 'iPhones sind')],
    ['usw. before a capital', at('usw', 'Kunden kaufen')],
    ['Mrd. before a sentence starter', at('Mrd', 'Die Regierung')],
    ['Mrd. before a quotation', at('Mrd', '„Das ist')],
    ['an initial before a sentence starter', at('B', 'Das war', { before: ['Plan'] })],
    ['an ordinal before a sentence starter', at('5', 'Das meldet')],
    ['a number after a cue word', at('5', 'Bayern gewann', { before: ['auf', 'Platz'] })],
    ['a year before a capital', at('2023', 'Europa')],
    ['a date before a capital', at('05.10.2023', 'Einen')],
    ['a question before a capital', at('Spionage', 'Die', { punctuation: '?' })],
    ['?! before a capital', at('Wirklich', 'Die', { punctuation: '?!' })],
    ['an ellipsis before a capital', at('zögerte', 'Dann', { punctuation: '…' })],
    ['a lone period before a capital', at('', 'Die')],
    ['a Roman numeral after another lower-case word', at('XL', 'Kunden', { before: ['nur', 'in'] })],
    ['a negative number', at('-3', 'Straßen', { before: ['auf'] })],
    ['a number inside its sentence before a sentence starter', at('5', 'Die Liga', { before: ['Platz'] })],
  ];
  it.each(ends)('ends: %s', (_name, ctx) => expect(endsSentence(ctx)).toBe(true));

  const continues: [string, BoundaryContext][] = [
    ['a word before lower case', at('Spionage', 'und dann')],
    ['Dr.', at('Dr', 'Müller sagte')],
    ['z. B.', at('B', 'Frankreich', { before: ['z.'] })],
    ['usw. before lower case', at('usw', 'werden')],
    ['Mrd. before a noun', at('Mrd', 'Euro')],
    ['an initial before a surname', at('V', 'Quickenborne')],
    ['a lower-case letter', at('u', 'a.')],
    ['a regnal number', at('XIV', 'baute', { before: ['Ludwig'] })],
    ['a Roman ordinal after an article', at('III', 'Bataillons', { before: ['Soldaten', 'des'] })],
    ['a Roman ordinal after a contraction', at('XV', 'Internationalen', { before: ['Preise', 'beim'] })],
    ['a range of days before a month', at('1.–3', 'Oktober')],
    ['a range of centuries', at('18./19', 'Jahrhundert')],
    ['a range of dates', at('24.–26.10', 'Fest')],
    ['the end of a range glued to its dash', at('-3', 'Jahrhundert', { before: ['dem', '1.'] })],
    ['a list number opening its sentence', at('2', 'Wir gehen', { first: true })],
    ['a list number after a colon', at('1', 'Die Daten', { before: ['Punkte:'] })],
    ['an ordinal before a noun', at('19', 'Jahrhundert')],
    ['an ordinal before a month', at('3', 'Oktober')],
    ['an ordinal before an abbreviated month', at('2', 'Jan. 2024')],
    ['a day before a month number', at('12', '10. 2023')],
    ['a day and month before lower case', at('24.12', 'fällt')],
    ['a question before lower case', at('jetzt', 'fragte', { punctuation: '?' })],
    ['a bracketed exclamation', at('', 'hat', { punctuation: '!', bracketed: true })],
    ['a bracketed omission before a capital', at('', 'Deutschland', { punctuation: '...', bracketed: true })],
    ['an ellipsis before lower case', at('zögerte', 'dann', { punctuation: '...' })],
    ['an ellipsis before a digit', at('waren', '5 Leute', { punctuation: '…' })],
  ];
  it.each(continues)('continues: %s', (_name, ctx) => expect(endsSentence(ctx)).toBe(false));
});
