import type { Word } from './words.js';

/** Whether a text word is a form of a phrase word; each language brings its own rule. */
export type SameWord<W extends Word> = (text: W, phrase: W) => boolean;

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * If `phrase` (a term variant split into words) occurs in `words` starting at `index`, the
 * offsets it covers. Words must follow each other with only space between them, and punctuation
 * that belongs to the phrase (`(EU)`, `C#`) must be there too, so such terms match literally.
 */
export function phraseAt<W extends Word>(words: readonly W[], index: number, phrase: readonly W[], same: SameWord<W>): Span | undefined {
  const last = phrase.length - 1;
  for (let k = 0; k <= last; k++) {
    const word = words[index + k];
    const want = phrase[k]!;
    if (!word || !same(word, want)) return undefined;
    const leadOk = k === 0 ? word.lead.endsWith(want.lead) : word.lead === want.lead;
    const trailOk = k === last ? word.trail.startsWith(want.trail) : word.trail === want.trail;
    if (!leadOk || !trailOk) return undefined;
  }
  return { start: words[index]!.start - phrase[0]!.lead.length, end: words[index + last]!.end + phrase[last]!.trail.length };
}

/** Every occurrence of `phrase` in `words`, left to right, not overlapping. */
export function findPhrase<W extends Word>(words: readonly W[], phrase: readonly W[], same: SameWord<W>): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const span = phraseAt(words, i, phrase, same);
    if (!span) continue;
    spans.push(span);
    i += phrase.length - 1;
  }
  return spans;
}
