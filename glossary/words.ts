/** A whitespace-delimited word, with the punctuation around it split off. */
export interface Word {
  /** The word without its outer punctuation: `Lüttich` in `„Lüttich",`. */
  readonly core: string;
  /** Offsets of `core` in the text. */
  readonly start: number;
  readonly end: number;
  /** Punctuation before and after `core` in the same chunk: `„` and `",`. */
  readonly lead: string;
  readonly trail: string;
}

// Hyphens count as punctuation at the edges only: `Spionage-` (a truncated compound) is the word
// `Spionage`, while `Logistik-Drehkreuz` stays one word.
const CHUNK = /\S+/gu;
const LEAD = /^\p{P}+/u;
const TRAIL = /\p{P}+$/u;

/** Splits text into words. Punctuation-only chunks (`-`, `–`) are skipped. */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const chunk of text.matchAll(CHUNK)) {
    const raw = chunk[0];
    const lead = LEAD.exec(raw)?.[0] ?? '';
    if (lead.length === raw.length) continue;
    const trail = TRAIL.exec(raw)?.[0] ?? '';
    const start = chunk.index + lead.length;
    const end = chunk.index + raw.length - trail.length;
    words.push({ core: text.slice(start, end), start, end, lead, trail });
  }
  return words;
}
