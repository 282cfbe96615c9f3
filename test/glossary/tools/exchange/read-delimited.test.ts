import { describe, expect, it } from 'vitest';
import { readDelimited } from '../../../../glossary/tools/exchange/read-delimited.js';
import { InputError } from '../../../../pipeline/core/errors.js';
import { fixture, thrownBy } from '../maintenance-fixtures.js';

describe('readDelimited', () => {
  it('reads RFC 4180 quoting: commas, doubled quotes and line breaks in fields, with the line each row starts on', () => {
    expect(readDelimited(fixture('exchange/tricky.csv'), 'tricky.csv', 'csv')).toEqual({
      terms: [
        { entry: { source: 'Lüttich', target: 'Liège' }, line: 1 },
        { entry: { source: 'Sicherheitsbehörden, belgische', target: 'Belgian security authorities, the' }, line: 2 },
        { entry: { source: 'Spionage-Software', target: 'spy "software"' }, line: 3 },
        { entry: { source: 'Zeilen-\numbruch', target: 'line\nbreak' }, line: 4 },
        { entry: { source: 'Alibaba', dnt: true }, line: 7 },
      ],
      warnings: [],
    });
  });

  it('reads TSV without quoting, a third column as the note, and merges consecutive rows with the same English', () => {
    const tsv = '\uFEFFDe-Risking\tde-risking\tpolicy term\nDerisking\tde-risking\tpolicy term\n\nCainiao\tCainiao\n"Zitat"\tquote\n';
    expect(readDelimited(tsv, 'g.txt', 'tsv').terms).toEqual([
      { entry: { source: ['De-Risking', 'Derisking'], target: 'de-risking', note: 'policy term' }, line: 1 },
      { entry: { source: 'Cainiao', dnt: true }, line: 4 },
      { entry: { source: '"Zitat"', target: 'quote' }, line: 5 },
    ]);
  });

  it("skips Amazon Translate's language-code header row", () => {
    expect(readDelimited('de,en\nLüttich,Liège\n', 'amazon.csv', 'csv').terms).toEqual([{ entry: { source: 'Lüttich', target: 'Liège' }, line: 2 }]);
  });

  const invalid: [string, string, string][] = [
    ['an unclosed quote', fixture('exchange/unclosed-quote.csv'), 'bad.csv:2: malformed CSV: quote not closed'],
    ['a quote inside an unquoted field', 'Lüttich,Liège\nSpio"nage",espionage\n', 'bad.csv:2: malformed CSV: invalid opening quote'],
    ['four columns', fixture('exchange/four-columns.csv'), 'bad.csv:2: expected 2 columns (German, English) or 3 (with a note), got 4'],
    ['one column', 'Lüttich,Liège\nSpionage\n', 'bad.csv:2: expected 2 columns (German, English) or 3 (with a note), got 1'],
    ['an empty English', 'Lüttich,\n', 'bad.csv:1: empty English term in column 2'],
    ['an empty German', ' ,Liège\n', 'bad.csv:1: empty German term in column 1'],
  ];
  it.each(invalid)('refuses %s, naming the line', (_, text, message) => {
    const error = thrownBy(() => readDelimited(text, 'bad.csv', 'csv'));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(message);
  });
});
