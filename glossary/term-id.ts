const TRANSLITERATION: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * The id an entry gets when the file gives none: its headword in lowercase ASCII with hyphens,
 * German letters transliterated (`EU-Kommissionspräsidentin` → `eu-kommissionspraesidentin`).
 * Empty when the headword has no letters or digits.
 */
export function termIdFrom(headword: string): string {
  return headword
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => TRANSLITERATION[c]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
