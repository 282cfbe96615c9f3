/**
 * Numbers, dates and times of a text, read into language-neutral keys so that a German source
 * and its English target can be compared: `1.000.000` and `1,000,000` both read `n:1000000`,
 * `05.10.2023`, `5 October 2023` and `October 5, 2023` all read `date:2023-10-05`.
 */

export type QuantityKind = 'number' | 'date' | 'time';

/** A number, date or time written in the text: the other side must have it too. */
export interface Quantity {
  readonly kind: QuantityKind;
  /** As written. */
  readonly raw: string;
  /** Readings, any one of which the other side must provide (`12 Uhr`: the time, or just 12). */
  readonly keys: readonly string[];
  /** How an English text would write the first reading, for messages. */
  readonly english: string;
}

/** What one rule read at one place: a quantity to compare, and/or keys that count as present. */
export interface Reading {
  readonly quantity?: Quantity;
  /** Keys this place makes present besides the quantity's own (a date's year; `five`'s 5). */
  readonly provides?: readonly string[];
}

/** One way of writing a quantity: a sticky pattern and how to read a match (undefined: no). */
export interface QuantityRule {
  readonly pattern: RegExp;
  read(match: RegExpExecArray): Reading | undefined;
}

/** A text's quantities, and every key present in it. */
export interface Quantities {
  readonly quantities: readonly Quantity[];
  readonly present: ReadonlySet<string>;
}

const ALNUM = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/**
 * Reads `text` left to right. At each place where a number or a word starts, the first rule that
 * matches wins and the scan goes on after it; so the rules are ordered most specific first
 * (a date before the numbers in it).
 */
export function readQuantities(text: string, rules: readonly QuantityRule[]): Quantities {
  const quantities: Quantity[] = [];
  const present = new Set<string>();
  // Sticky patterns keep their position in `lastIndex`: each call scans with its own copies.
  const own = rules.map((rule) => ({ ...rule, pattern: new RegExp(rule.pattern) }));
  let at = 0;
  while (at < text.length) {
    if (!startsToken(text, at)) {
      at += 1;
      continue;
    }
    const hit = firstReading(text, at, own);
    if (!hit) {
      at = tokenEnd(text, at);
      continue;
    }
    if (hit.reading.quantity) {
      quantities.push(hit.reading.quantity);
      for (const key of hit.reading.quantity.keys) present.add(key);
    }
    for (const key of hit.reading.provides ?? []) present.add(key);
    at = hit.end;
  }
  return { quantities, present };
}

// A digit starts a number even after a letter (`G20`); a letter starts a word only after a non-letter.
function startsToken(text: string, at: number): boolean {
  const char = text[at] ?? '';
  const before = text[at - 1] ?? ' ';
  if (/\d/.test(char)) return !/\d/.test(before);
  return LETTER.test(char) && !ALNUM.test(before);
}

function tokenEnd(text: string, at: number): number {
  const same = /\d/.test(text[at] ?? '') ? /\d/ : LETTER;
  let end = at + 1;
  while (end < text.length && same.test(text[end] ?? '')) end += 1;
  return end;
}

function firstReading(text: string, at: number, rules: readonly QuantityRule[]) {
  for (const rule of rules) {
    rule.pattern.lastIndex = at;
    const match = rule.pattern.exec(text);
    const reading = match ? rule.read(match) : undefined;
    if (match && reading) return { reading, end: at + match[0].length };
  }
  return undefined;
}

const ENGLISH_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** `n:` key of a number given as integer and fraction digits: `007` and `7`, `3,50` and `3.5` agree. */
export function numberKey(integer: string, fraction = ''): string {
  const int = integer.replace(/^0+(?=\d)/, '');
  const frac = fraction.replace(/0+$/, '');
  return frac ? `n:${int}.${frac}` : `n:${int}`;
}

/** A number quantity with its English spelling (`1,000,000`, `3.5`). */
export function numberQuantity(raw: string, integer: string, fraction = '', extraKeys: readonly string[] = []): Quantity {
  const key = numberKey(integer, fraction);
  // Digits alone (`2018`) mean the same in both languages; only separators need spelling out.
  const plain = key.slice(2);
  const english = /^\d+$/.test(raw) ? plain : plain.replace(/^\d+/, (int) => int.replace(/\B(?=(\d{3})+$)/g, ','));
  return { kind: 'number', raw, keys: [key, ...extraKeys], english };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** `day:` key of a day of a month in no particular year. */
export function dayKey(day: number, month: number): string {
  return `day:${pad(month)}-${pad(day)}`;
}

/**
 * A date; without a year it is a day of a month (`5. Oktober`). A full date also makes its day
 * and its year present, so that `5 October` and `2023` each find it.
 */
export function dateReading(raw: string, day: number, month: number, year?: number): Reading | undefined {
  if (!isDayMonth(day, month)) return undefined;
  const monthName = ENGLISH_MONTHS[month - 1] ?? '';
  if (year === undefined) {
    return { quantity: { kind: 'date', raw, keys: [dayKey(day, month)], english: `${day} ${monthName}` } };
  }
  const key = `date:${year}-${pad(month)}-${pad(day)}`;
  return {
    quantity: { kind: 'date', raw, keys: [key], english: `${day} ${monthName} ${year}` },
    provides: [dayKey(day, month), numberKey(String(year))],
  };
}

/** Two-digit years: `23` is 2023, `98` is 1998. */
export function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

/** `time:` key, or undefined for impossible times. `24:00` is midnight, as `00:00`. */
export function timeKey(hours: number, minutes: number): string | undefined {
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  return `time:${pad(hours % 24)}:${pad(minutes)}`;
}

export function timeQuantity(raw: string, hours: number, minutes: number, extraKeys: readonly string[] = []): Reading | undefined {
  const key = timeKey(hours, minutes);
  if (!key) return undefined;
  return { quantity: { kind: 'time', raw, keys: [key, ...extraKeys], english: key.slice(5) } };
}

/** `90er`, `1990s`: a decade may be written with two or four digits on either side. */
export function decadeQuantity(raw: string, digits: string): Quantity {
  const two = digits.slice(-2);
  const keys = digits.length === 4 ? [numberKey(digits), numberKey(two)] : [numberKey(two), numberKey(`19${two}`), numberKey(`20${two}`)];
  return { kind: 'number', raw, keys, english: `${digits}s` };
}
