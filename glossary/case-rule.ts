import type { CaseRule } from './types.js';

/**
 * The case rule a term gets when the file sets none: acronyms and all-caps terms (`EWTP`, `FT`,
 * `eWTP`, `AliExpress`) are sensitive, so `ft` or `Ewtp` in running text are not taken for them;
 * everything else is insensitive, since German capitalises nouns and English sentence starts.
 */
export function defaultCaseRule(variants: readonly string[]): CaseRule {
  return variants.some(looksLikeAcronym) ? 'sensitive' : 'insensitive';
}

function looksLikeAcronym(text: string): boolean {
  const noLowercase = !/\p{Ll}/u.test(text) && /\p{Lu}/u.test(text);
  const innerCapital = /\p{L}\p{Lu}/u.test(text);
  return noLowercase || innerCapital;
}

/**
 * Whether `found` is written with the same capitals as `wanted`, letter by letter as far as both
 * spell the same letters. Inflection may change the tail (`EWTPs`, `Flughäfen`), so comparison
 * stops at the first letter that differs beyond case.
 */
export function sameCapitals(found: string, wanted: string): boolean {
  const a = [...found.replace(/[-\u2010\u2011\u00ad]/g, '')];
  const b = [...wanted.replace(/[-\u2010\u2011\u00ad]/g, '')];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (a[i]!.toLowerCase() !== b[i]!.toLowerCase()) return true;
    return false;
  }
  return true;
}
