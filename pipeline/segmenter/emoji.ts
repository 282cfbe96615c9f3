import { skipSpace } from './span.js';

/**
 * Emoji and emoticons that follow a sentence's `!`, `?` or `.` (`Großartig! 👍 Weiter so!`) belong
 * to that sentence, and the next one starts after them.
 *
 * A regular-expression fragment for one emoji or emoticon. An emoji is a pictograph with an optional
 * variation selector or skin tone, joined to more by zero-width joiners (`👨‍👩‍👧`), or a flag (two
 * regional indicators, `🇩🇪`). `©`, `®` and `™` are pictographs to Unicode, but in news they open a
 * credit (`© dpa`), so they are left out. Each repetition of the fragment takes a whole emoji, so a
 * run cannot be split in several ways.
 */
const PICTOGRAPH = '(?![©®™])\\p{Extended_Pictographic}[\\uFE0F\\p{Emoji_Modifier}]?';
/** The common Western emoticons; `8)` and `:/` are left out, they also occur in lists and links. */
const EMOTICON = "(?:[:;]['-]?[()DPp|*]|[xX]D|<3|\\^\\^|\\^_\\^)";

export const EMOJI = `(?:\\p{Regional_Indicator}{2}|${PICTOGRAPH}(?:\\u200D${PICTOGRAPH})*|${EMOTICON})`;

/** Emoji and emoticons, each after optional whitespace, up to a space or the end. */
const EMOJI_RUN = new RegExp(`(?:\\s*${EMOJI})+(?=\\s|$)`, 'uy');
/**
 * No pictograph lies below U+203C (`‼`), and `©` and `®` are left out: a test of one code unit skips
 * the regular expression after almost every sentence end.
 */
const FIRST_PICTOGRAPH = 0x203c;
const EMOTICON_START = ':;xX<^';

/**
 * Where the emoji and emoticons after a sentence end at `from` (`! 👍`) stop, never past `limit`;
 * `from` when none follow.
 */
export function emojiRunEnd(text: string, from: number, limit: number): number {
  const next = skipSpace(text, from, limit);
  if (next >= limit || (text.charCodeAt(next) < FIRST_PICTOGRAPH && !EMOTICON_START.includes(text[next]!))) return from;
  EMOJI_RUN.lastIndex = from;
  return EMOJI_RUN.exec(text) === null ? from : Math.min(EMOJI_RUN.lastIndex, limit);
}
