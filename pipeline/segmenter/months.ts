/** German month names, including the Austrian `Jänner` and `Feber`. */
export const MONTH_NAMES: readonly string[] = [
  'Januar', 'Jänner', 'Februar', 'Feber', 'März', 'April', 'Mai', 'Juni',
  'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
];

/** Month abbreviations as written in dates (`2. Jan. 2024`). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'Jan.', 'Jän.', 'Feb.', 'Mär.', 'Mrz.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Okt.', 'Nov.', 'Dez.',
];

const MONTHS = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...MONTH_ABBREVIATIONS.map((m) => m.slice(0, -1))]);
const LEADING_WORD = /^\p{L}+\.?/u;

/** Whether `text` starts with a month, written out or abbreviated (`Oktober 2023`, `Okt. 2023`). */
export function startsWithMonth(text: string): boolean {
  const word = LEADING_WORD.exec(text)?.[0];
  return word !== undefined && (MONTHS.has(word) || MONTHS.has(word.replace(/\.$/, '')));
}
