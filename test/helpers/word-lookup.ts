/**
 * A translation rule for `fakeTranslator`: every word through a German → English table, unknown
 * words (names, placeholders, English written inline) copied as they are, like a model would.
 */
export function wordLookup(lexicon: Readonly<Record<string, string>>): (input: string) => string {
  return (input) => input.replace(/[\p{L}\p{N}][\p{L}\p{N}'’+-]*/gu, (word) => lexicon[word] ?? word);
}
