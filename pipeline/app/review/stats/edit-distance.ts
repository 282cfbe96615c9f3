import { distance } from 'fastest-levenshtein';

/**
 * Levenshtein distance (insertions, deletions, substitutions, each costing 1) between two
 * sequences of tokens: characters or words.
 *
 * fastest-levenshtein compares strings by UTF-16 code unit, so each distinct token is given a code
 * unit of its own and the two sequences become strings of those. Equal tokens get equal units, so
 * the distance is the distance between the sequences; this also makes a character outside the
 * Basic Multilingual Plane (an emoji) one edit rather than the two halves of its surrogate pair.
 */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  const units = new Map<string, string>();
  const encode = (tokens: readonly string[]): string =>
    tokens
      .map((token) => {
        let unit = units.get(token);
        if (unit === undefined) {
          if (units.size === MAX_DISTINCT) throw new RangeError(`editDistance: more than ${MAX_DISTINCT} distinct tokens in one pair`);
          unit = String.fromCharCode(units.size);
          units.set(token, unit);
        }
        return unit;
      })
      .join('');
  return distance(encode(a), encode(b));
}

/** One per UTF-16 code unit; a sentence pair has a few hundred at most. */
const MAX_DISTINCT = 0x10000;

/** Character edits between two texts, counted by Unicode code point. */
export function characterDistance(a: string, b: string): number {
  return editDistance([...a], [...b]);
}
