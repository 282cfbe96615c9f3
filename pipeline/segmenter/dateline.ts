import { MONTH_ABBREVIATIONS, MONTH_NAMES } from './months.js';

/**
 * Datelines: the line that says when (and where) an article was filed: `Stand: 05.10.2023 12:07 Uhr`,
 * `5. Oktober 2023`, `Berlin (dpa) -`.
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONTH = `(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS].map(escape).join('|')})`;
const WEEKDAY = '(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So)\\.?,?\\s';
const DATE = `(?:\\d{1,2}\\.\\s?\\d{1,2}\\.(?:\\s?\\d{4}|\\s?\\d{2})?|\\d{1,2}\\.\\s?${MONTH}(?:\\s\\d{4})?|${MONTH}\\s\\d{4}|\\d{4}-\\d{2}-\\d{2})`;
const TIME = '(?:\\d{1,2}[:.]\\d{2}(?:\\s?Uhr)?|\\d{1,2}\\s?Uhr)';
const STAMP = `(?:(?:${WEEKDAY})?${DATE}(?:,?\\s(?:um\\s)?${TIME})?|${TIME})`;
const KEYWORD = '(?:Stand|Aktualisiert|Zuletzt aktualisiert|Veröffentlicht|Erstellt|Datum|Update)(?::|\\sam)?\\s';
const PLACE = '\\p{Lu}[\\p{L}-]{1,30}(?:\\s\\p{Lu}[\\p{L}-]{1,30})?,\\s';

const WHOLE_LINE = new RegExp(`^(?:${KEYWORD}|${PLACE})?${STAMP}$`, 'u');
/** Glued to a headline it needs its keyword, or a date and a time: `… vom 11.09.2001` stays in the headline. */
const LINE_TAIL = new RegExp(`\\s(?:${KEYWORD}${STAMP}|${DATE},?\\s(?:um\\s)?${TIME})$`, 'u');

const AGENCY = '(?:dpa|dpa-AFX|AFP|AP|Reuters|rtr|KNA|epd|dts|SID|sid|APA|SDA|Keystone-SDA|ots|AFX|ddp|ANSA|EFE|Xinhua|TASS|Bloomberg)';
/** `Berlin (dpa) -`, `Frankfurt/Main (Reuters) –`, `Brüssel, 5. Oktober (AFP/dpa) -`. */
const AGENCY_DATELINE = new RegExp(
  `^\\p{Lu}[^\\n()]{0,60}\\s\\(${AGENCY}(?:\\s?\\/\\s?${AGENCY}){0,3}\\)\\s?[-–—:]`,
  'u',
);
/** An agency dateline opens the first paragraph and is short; only the start of a line is searched. */
const AGENCY_WINDOW = 120;

/** Whether the whole line is a dateline. */
export function isDateline(line: string): boolean {
  return WHOLE_LINE.test(line);
}

/** Where a dateline glued to the end of the line starts (`… in Belgien Stand: 05.10.2023 12:07 Uhr`), if there is one. */
export function gluedDatelineStart(line: string): number | undefined {
  const match = LINE_TAIL.exec(line);
  return match ? match.index + 1 : undefined;
}

/**
 * The length of an agency dateline opening `paragraph` (`Berlin (dpa) -`), if text follows it.
 * `paragraph` ends in a non-space character, so whitespace after the dateline means more text.
 */
export function agencyDatelineLength(paragraph: string): number | undefined {
  const length = AGENCY_DATELINE.exec(paragraph.slice(0, AGENCY_WINDOW))?.[0].length;
  return length !== undefined && /\s/u.test(paragraph[length] ?? '') ? length : undefined;
}
