import {
  dateReading,
  dayKey,
  decadeQuantity,
  fullYear,
  isDayMonth,
  numberKey,
  numberQuantity,
  timeKey,
  timeQuantity,
  type QuantityRule,
  type Reading,
} from './quantities.js';

/**
 * How German and English write numbers, dates and times, most specific first. English targets
 * also accept the German forms that cannot mean anything else in English (`05.10.2023`,
 * `1.000.000`, `3,5`): a copied German number is still the right number. An ambiguous copy such
 * as `1.000` is read the English way (one), so it is reported.
 */

type Groups = RegExpExecArray;
const rule = (source: string, read: (m: Groups) => Reading | undefined, flags = 'yu'): QuantityRule => ({
  pattern: new RegExp(source, flags),
  read,
});
const int = (m: Groups, i: number): number => Number(m[i] ?? '');
const quantity = (q: Reading['quantity']): Reading => ({ quantity: q });

const NOT_LETTER = '(?!\\p{L})';
const NOT_DIGIT = '(?!\\d)';

const GERMAN_MONTHS =
  '(Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez)';
const ENGLISH_MONTHS =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
// Month number by the first three letters of a name or abbreviation.
const MONTH_BY_PREFIX: Readonly<Record<string, number>> = {
  jan: 1, jän: 1, feb: 2, mär: 3, mar: 3, apr: 4, mai: 5, may: 5, jun: 6, jul: 7,
  aug: 8, sep: 9, okt: 10, oct: 10, nov: 11, dez: 12, dec: 12,
};
const monthOf = (name: string | undefined): number => MONTH_BY_PREFIX[(name ?? '').slice(0, 3).toLowerCase()] ?? 0;
const optionalYear = (i: number, m: Groups) => (m[i] ? fullYear(m[i]) : undefined);

/** Number words only make a number present: nobody expects `zwei` to be written as `2`. */
function numberWords(words: readonly string[], suffix = ''): QuantityRule {
  return rule(
    `(?:${words.map((w) => `(${w})`).join('|')})${suffix}${NOT_LETTER}`,
    (m) => ({ provides: [numberKey(String(m.slice(1).findIndex((g) => g !== undefined) + 1))] }),
    'iyu',
  );
}

/** `Mittag`, `noon`: words that make a time present. */
function timeWords(words: string, hours: number): QuantityRule {
  return rule(`(?:${words})${NOT_LETTER}`, () => ({ provides: [timeKey(hours, 0) ?? ''] }), 'iyu');
}

const isoDate = rule(`(\\d{4})-(\\d{2})-(\\d{2})${NOT_DIGIT}`, (m) => dateReading(m[0], int(m, 3), int(m, 2), int(m, 1)));
// `05.10.2023`, `5.10.23`, and `5.10.` (a day without a year).
const numericDate = rule(`(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})?${NOT_DIGIT}`, (m) =>
  dateReading(m[0], int(m, 1), int(m, 2), optionalYear(3, m)),
);
const clockTime = rule(`(\\d{1,2}):(\\d{2})${NOT_DIGIT}`, (m) => timeQuantity(m[0], int(m, 1), int(m, 2)));
const decimalComma = rule(`(\\d+),(\\d+)${NOT_DIGIT}`, (m) => quantity(numberQuantity(m[0], m[1] ?? '', m[2])));
// Dots grouping thousands; English copies are only unambiguous with two or more groups.
const dotThousands = (minGroups: 1 | 2) =>
  rule(`\\d{1,3}(?:\\.\\d{3}){${minGroups},}(?:,(\\d+))?${NOT_DIGIT}`, (m) =>
    quantity(numberQuantity(m[0], m[0].replace(/,.*/, '').replace(/\./g, ''), m[1])),
  );
const spaceThousands = (decimal: ',' | '.') =>
  rule(`\\d{1,3}(?:[\\u00a0\\u202f]\\d{3})+(?:[${decimal}](\\d+))?${NOT_DIGIT}`, (m) =>
    quantity(numberQuantity(m[0], m[0].replace(/[,.].*/, '').replace(/\D/g, ''), m[1])),
  );
const integer = rule('\\d+', (m) => quantity(numberQuantity(m[0], m[0])));

/**
 * `3.1` in German is no German number (that would be `3,1`): a version, or a sloppy `12.07`
 * for 12 July. In English it is a decimal, or a British time (`12.30`).
 */
const dottedDecimal = (alsoMeans: (a: number, b: number, m: Groups) => string | undefined) =>
  rule(`(\\d+)\\.(\\d+)${NOT_DIGIT}`, (m) => {
    const extra = alsoMeans(int(m, 1), int(m, 2), m);
    return quantity(numberQuantity(m[0], m[1] ?? '', m[2], extra ? [extra] : []));
  });

export const GERMAN_RULES: readonly QuantityRule[] = [
  isoDate,
  numericDate,
  rule(`(\\d{1,2})\\.\\s*${GERMAN_MONTHS}${NOT_LETTER}\\.?(?:\\s+(\\d{4})${NOT_DIGIT})?`, (m) =>
    dateReading(m[0], int(m, 1), monthOf(m[2]), optionalYear(3, m)),
  ),
  rule(`(\\d{1,2})[:.](\\d{2})\\s*Uhr${NOT_LETTER}`, (m) => timeQuantity(m[0], int(m, 1), int(m, 2))),
  clockTime,
  // `12 Uhr` may come out as `12 o'clock`, `noon` or just `12`.
  rule(`(\\d{1,2})\\s*Uhr${NOT_LETTER}`, (m) => timeQuantity(m[0], int(m, 1), 0, [numberKey(m[1] ?? '')])),
  rule(`(\\d{2}|\\d{4})ern?${NOT_LETTER}`, (m) => quantity(decadeQuantity(m[0], m[1] ?? ''))),
  dotThousands(1),
  spaceThousands(','),
  decimalComma,
  dottedDecimal((a, b, m) => ((m[2] ?? '').length <= 2 && isDayMonth(a, b) ? dayKey(a, b) : undefined)),
  integer,
  numberWords(['ein(?:e|en|em|er|es|s)?', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf']),
  numberWords(['erst', 'zweit', 'dritt', 'viert', 'fünft', 'sechst', 'sieb(?:en)?t', 'acht', 'neunt', 'zehnt', 'elft', 'zwölft'], '(?:e|en|em|er|es)'),
  timeWords('Mittag|mittags', 12),
  timeWords('Mitternacht', 0),
];

/** `3 p.m.` is 15:00, `12 a.m.` is midnight. */
function twelveHour(hours: number, meridiem: string | undefined): number {
  return (hours % 12) + ((meridiem ?? '').toLowerCase() === 'p' ? 12 : 0);
}
const MERIDIEM = `\\s*([apAP])(?:\\.\\s?[mM]\\.|[mM])${NOT_LETTER}`;
const ORDINAL_SUFFIX = '(?:st|nd|rd|th)';

export const ENGLISH_RULES: readonly QuantityRule[] = [
  isoDate,
  numericDate,
  // 10/5/2023 is 10 May in Britain and October 5 in America: either reading will do.
  rule(`(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})${NOT_DIGIT}`, (m) => {
    const [a, b, year] = [int(m, 1), int(m, 2), fullYear(m[3] ?? '')];
    const readings = [dateReading(m[0], a, b, year), dateReading(m[0], b, a, year)].flatMap((r) => r ?? []);
    const first = readings[0]?.quantity;
    return (
      first && {
        quantity: { ...first, keys: readings.flatMap((r) => r.quantity?.keys ?? []) },
        provides: readings.flatMap((r) => r.provides ?? []),
      }
    );
  }),
  rule(`(\\d{1,2})(?:${ORDINAL_SUFFIX}|\\.)?\\s+(?:of\\s+)?${ENGLISH_MONTHS}${NOT_LETTER}\\.?(?:,?\\s+(\\d{4})${NOT_DIGIT})?`, (m) =>
    dateReading(m[0], int(m, 1), monthOf(m[2]), optionalYear(3, m)),
  ),
  rule(`${ENGLISH_MONTHS}\\.?\\s+(\\d{1,2})${ORDINAL_SUFFIX}?${NOT_DIGIT}${NOT_LETTER}(?:,?\\s+(\\d{4})${NOT_DIGIT})?`, (m) =>
    dateReading(m[0], int(m, 2), monthOf(m[1]), optionalYear(3, m)),
  ),
  rule(`(\\d{1,2})[:.](\\d{2})${MERIDIEM}`, (m) => timeQuantity(m[0], twelveHour(int(m, 1), m[3]), int(m, 2))),
  clockTime,
  rule(`(\\d{1,2})${MERIDIEM}`, (m) => timeQuantity(m[0], twelveHour(int(m, 1), m[2]), 0)),
  rule(`(\\d{1,2})\\s+(?:o'clock|o’clock|noon)${NOT_LETTER}`, (m) => timeQuantity(m[0], int(m, 1), 0, [numberKey(m[1] ?? '')])),
  rule(`(\\d{2}|\\d{4})s${NOT_LETTER}`, (m) => quantity(decadeQuantity(m[0], m[1] ?? ''))),
  rule(`(\\d+)${ORDINAL_SUFFIX}${NOT_LETTER}`, (m) => quantity(numberQuantity(m[0], m[1] ?? ''))),
  rule(`\\d{1,3}(?:,\\d{3})+(?:\\.(\\d+))?${NOT_DIGIT}`, (m) =>
    quantity(numberQuantity(m[0], m[0].replace(/\..*/, '').replace(/,/g, ''), m[1])),
  ),
  spaceThousands('.'),
  dotThousands(2),
  // `3,5` cannot be English thousands (they come in threes), so it is a copied German decimal.
  rule(`(\\d+),(\\d{1,2}|\\d{4,})${NOT_DIGIT}`, (m) => quantity(numberQuantity(m[0], m[1] ?? '', m[2]))),
  dottedDecimal((a, b, m) => ((m[2] ?? '').length === 2 ? timeKey(a, b) : undefined)),
  integer,
  numberWords(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']),
  numberWords(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']),
  timeWords('noon|midday', 12),
  timeWords('midnight', 0),
];
