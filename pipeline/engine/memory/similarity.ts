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
 * `similarity` of `sentence` to each sentence it is given, for ranking many candidates against one
 * sentence. The token sequences become strings of one character per token, so that
 * `fastest-levenshtein`'s character distance is the word-level distance; the distance only ever
 * compares a token of one sentence with one of the other, so every token of the other that the
 * sentence lacks can share one character.
 */
export function similarityTo(sentence: string): (other: string) => number {
  const tokens = tokenize(sentence);
  const codes = new Map<string, string>();
  for (const t of tokens) if (!codes.has(shape(t))) codes.set(shape(t), String.fromCharCode(0xe000 + codes.size));
  const encoded = tokens.map((t) => codes.get(shape(t))).join('');
  const lacking = String.fromCharCode(0xe000 + codes.size);
  return (other) => {
    const theirs = tokenize(other);
    const longer = Math.max(tokens.length, theirs.length);
    if (longer === 0) return 100;
    if (tokens.length === theirs.length && tokens.every((t, i) => t === theirs[i])) return 100;
    const words = Math.floor((100 * (longer - distance(encoded, theirs.map((t) => codes.get(shape(t)) ?? lacking).join('')))) / longer);
    return Math.max(0, Math.min(99, words - placeablesChanged(tokens, theirs)));
  };
}

/**
 * How alike two German sentences are, in percent, as CAT tools count it: 100 only for the same
 * tokens (whitespace aside); otherwise the word-level edit distance (insert, delete or replace one
 * token) over the longer sentence's token count, rounded down, with placeables compared by kind,
 * less one point per placeable whose value differs or that has no counterpart, and at most 99.
 */
export function similarity(a: string, b: string): number {
  return similarityTo(a)(b);
}

/** Placeables whose value differs, pairing the two sentences' placeables of each kind in order. */
export function placeablesChanged(a: readonly string[], b: readonly string[]): number {
  const pa = a.filter(isPlaceable);
  const pb = b.filter(isPlaceable);
  let changed = Math.abs(pa.length - pb.length);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) changed++;
  return changed;
}
