/**
 * The stand-in for the n-th enforced term of a segment: uppercase ASCII letters and digits, which
 * SentencePiece splits into pieces the model copies through rather than translates.
 */
export function placeholder(index: number): string {
  return `ZXQ${index + 1}`;
}

/** Every occurrence of the placeholder as a whole word, in any case the model may have put it. */
export function placeholderPattern(index: number): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${placeholder(index)}(?![\\p{L}\\p{N}])`, 'giu');
}
