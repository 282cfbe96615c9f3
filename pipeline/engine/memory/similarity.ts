import { distance } from 'fastest-levenshtein';

/**
 * A placeable: a number, date or time (`1,2`, `12.03.2024`, `9:30`) or an inline code's stand-in
 * (`ZXQ3`). CAT tools treat these as things put in place, not words translated, so two sentences
 * that differ only in them are near-identical.
 */
const PLACEABLE = /^(?:\d+(?:[.,:/]\d+)*|ZXQ\d+)$/u;
/** Words (with inner hyphens and apostrophes), numbers with their separators, codes, and each other mark alone. */
const TOKEN = /ZXQ\d+|\d+(?:[.,:/]\d+)*|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** A sentence's tokens, the unit the similarity counts in. */
export function tokenize(sentence: string): string[] {
  return sentence.match(TOKEN) ?? [];
}

export function isPlaceable(token: string): boolean {
  return PLACEABLE.test(token);
}

/** What the edit distance compares: each placeable stands for its kind, so `1,2` and `0,8` are equal. */
function shape(token: string): string {
  if (!isPlaceable(token)) return token;
  return token.startsWith('ZXQ') ? '\u0000code' : '\u0000number';
}

/**
 * The token sequences as strings of one character per token, so that `fastest-levenshtein`'s
 * character distance is the word-level distance.
 */
function encode(a: readonly string[], b: readonly string[]): [string, string] {
  const codes = new Map<string, string>();
  const code = (token: string): string => {
    let c = codes.get(token);
    if (c === undefined) {
      c = String.fromCodePoint(0xe000 + codes.size);
      codes.set(token, c);
    }
    return c;
  };
  return [a.map((t) => code(shape(t))).join(''), b.map((t) => code(shape(t))).join('')];
}

/**
 * How alike two German sentences are, in percent, as CAT tools count it: 100 only for the same
 * tokens (whitespace aside); otherwise the word-level edit distance (insert, delete or replace one
 * token) over the longer sentence's token count, rounded down, with placeables compared by kind,
 * less one point per placeable whose value differs or that has no counterpart, and at most 99.
 */
export function similarity(a: string, b: string): number {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const longer = Math.max(ta.length, tb.length);
  if (longer === 0) return 100;
  if (ta.length === tb.length && ta.every((t, i) => t === tb[i])) return 100;
  const [ea, eb] = encode(ta, tb);
  const words = Math.floor((100 * (longer - distance(ea, eb))) / longer);
  return Math.max(0, Math.min(99, words - placeablesChanged(ta, tb)));
}

/** Placeables whose value differs, pairing the two sentences' placeables of each kind in order. */
export function placeablesChanged(a: readonly string[], b: readonly string[]): number {
  const pa = a.filter(isPlaceable);
  const pb = b.filter(isPlaceable);
  let changed = Math.abs(pa.length - pb.length);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) changed++;
  return changed;
}
