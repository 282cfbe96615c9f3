import { stemmer } from '@orama/stemmers/german';

/**
 * The spelling-blind form of a German word: lower case, hyphens dropped, umlauts and their
 * `ae/oe/ue` spellings folded to the plain vowel (as Snowball's German2 variant does), `ß` as
 * `ss`, other accents removed. `Lüttich`, `Luettich` and `LUTTICH` all become `luttich`.
 */
export function foldGerman(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/(?<!q)ue|ae|oe/g, (pair) => pair[0]!)
    .replace(/[-\u2010\u2011\u00ad]/g, '');
}

/** The Snowball German stem of a folded word: `geheimdienstes` → `geheimdien`. */
export function stemGerman(folded: string): string {
  return stemmer(folded);
}

/**
 * Endings a German noun or name takes in the genitive, dative and plural that the stemmer leaves
 * on short words and names (`Alibabas`, `Cainiaos`, `EWTPs`), and the apostrophe genitive.
 */
export const GERMAN_ENDINGS = ['s', 'es', 'e', 'n', 'en', 'er', 'ern', 'ns', "'s", '’s', "'", '’'] as const;
