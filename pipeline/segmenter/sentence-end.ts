import { abbreviationEnding, type AbbreviationEnding } from './abbreviations.js';
import { startsWithMonth } from './months.js';
import { withoutOpeners } from './enclosing.js';
import { startsLikeSentence, startsWithCapital, startsWithQuotedCapital } from './next-sentence.js';
import { startsWithSentenceStarter } from './sentence-starters.js';

/** What the rules see around one possible sentence end. */
export interface BoundaryContext {
  /** The word the punctuation follows, without quotes or brackets (`Dr`, `z.B`, `05.10.2023`); may be empty. */
  readonly word: string;
  /** The terminal punctuation: `.`, `?`, `?!`, `...`, `…`. */
  readonly punctuation: string;
  /** A bracketed remark such as `(!)`, `(sic!)`, `(...)` or `[…]`: commentary, not a sentence end. */
  readonly bracketed: boolean;
  /** The words before `word`, nearest last (for `i. d. R.` and `Platz 5.`). */
  readonly before: readonly string[];
  /** The start of the text that follows, from its first non-space character. */
  readonly next: string;
  /** `word` opens its sentence (`2.` in `2. Wir ___ ins Kino.`). */
  readonly first: boolean;
}

/** Words after which a number is a count or label, not an ordinal: `auf Platz 5. Bayern …`. */
const CARDINAL_CUES: ReadonlySet<string> = new Set([
  'Platz', 'Rang', 'Position', 'Nummer', 'Seite', 'Kapitel', 'Runde', 'Gruppe', 'Stufe', 'Tabellenplatz', 'Gleis',
]);

/** `V.` in `Vincent V. Quickenborne`, `U.S.`. */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
/** `z.`, `d.h.` not in the list: lower-case letters with periods are abbreviations. */
const LOWER_INITIALS = /^(?:\p{L}\.)*\p{Ll}$/u;
/** Regnal and part numbers (`Ludwig XIV.`); D and M are left out so `CD` and `DVD` stay words. */
const ROMAN_NUMERAL = /^(?=[IVXLC]{2})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/**
 * Lower-case words after which a Roman numeral is an ordinal (`des III. Korps`, `im II. Weltkrieg`);
 * after other lower-case words it may be a size or a word (`in XL.`), after a name a regnal number.
 */
const ORDINAL_DETERMINERS: ReadonlySet<string> = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'im', 'am', 'vom', 'zum', 'zur', 'beim']);
const ORDINAL_NUMBER = '(?:\\d{1,3}|\\d{1,2}\\.\\d{1,2})';
/**
 * Numbers that read as ordinals with a period: `19. Jahrhundert`, `3.10. Tag`, and ranges of them
 * (`1.–3. Oktober`, `18./19. Jahrhundert`, `24.–26.10.`), whose first part keeps its period.
 */
const ORDINAL = new RegExp(`^(?:${ORDINAL_NUMBER}\\.[-–/])?${ORDINAL_NUMBER}$`);
/** The end of a range whose dash is glued to it: `-3` in `1. -3. Jahrhundert`. */
const RANGE_END = /^[-–]\d{1,3}$/;
const ORDINAL_WITH_PERIOD = /^\d{1,3}\.$/;
/** A list number: `2.` opening `2. Wir ___ ins Kino.` or after a colon (`Die Punkte: 1. Die Daten …`). */
const LIST_NUMBER = /^\d{1,3}$/;
const LEADING_DIGIT = /^\p{N}/u;
const CAPITALISED = /^\p{Lu}/u;

/** Whether the punctuation described by `ctx` ends a sentence. */
export function endsSentence(ctx: BoundaryContext): boolean {
  if (ctx.bracketed) return false;
  if (ctx.punctuation.includes('?') || ctx.punctuation.includes('!')) return startsLikeSentence(ctx.next);
  // An ellipsis also marks a pause or an omission inside a sentence: only a capital ends it.
  if (ctx.punctuation !== '.') return startsWithCapital(ctx.next);
  return periodEndsSentence(ctx);
}

function periodEndsSentence({ word, before, next, first }: BoundaryContext): boolean {
  if (word === '') return startsLikeSentence(next);
  if (LIST_NUMBER.test(word) && (first || before.at(-1)?.endsWith(':'))) return false;
  const abbreviation = abbreviationEnding(word, before);
  if (abbreviation !== undefined) return abbreviationEnds(abbreviation, next);
  if (INITIALS.test(word)) return abbreviationEnds('before-sentence-starter', next);
  if (LOWER_INITIALS.test(word)) return false;
  if (ROMAN_NUMERAL.test(word) && followsNameOrDeterminer(before.at(-1) ?? '')) return abbreviationEnds('before-sentence-starter', next);
  if (ORDINAL.test(word) || (RANGE_END.test(word) && ORDINAL_WITH_PERIOD.test(before.at(-1) ?? ''))) return ordinalEnds(before, next);
  return startsLikeSentence(next);
}

function followsNameOrDeterminer(previous: string): boolean {
  return CAPITALISED.test(previous) || ORDINAL_DETERMINERS.has(previous);
}

function abbreviationEnds(ending: AbbreviationEnding, next: string): boolean {
  switch (ending) {
    case 'never':
      return false;
    case 'before-capital':
      return startsWithCapital(next);
    case 'before-sentence-starter':
      return opensSentence(next);
  }
}

function ordinalEnds(before: readonly string[], next: string): boolean {
  // Dates: `am 3. Oktober`, `2. Jan.`, `5. 10. 2023`.
  if (startsWithMonth(next) || LEADING_DIGIT.test(next)) return false;
  const previous = withoutOpeners(before.at(-1) ?? '');
  if (CARDINAL_CUES.has(previous)) return startsLikeSentence(next);
  // `19. Jahrhundert`: a capitalised noun after a number is what an ordinal looks like in German.
  return opensSentence(next);
}

function opensSentence(next: string): boolean {
  return startsWithSentenceStarter(withoutOpeners(next)) || startsWithQuotedCapital(next);
}
