/**
 * The bench model's vocabulary: OPUS-MT's special ids, a piece for every word and character of
 * a sample text (so that text tokenizes into about one token per word and punctuation mark, as a
 * trained SentencePiece model does for common news German), and made-up syllable words up to
 * the requested size, which is all a random model's output is made of.
 */
import { EOS, PAD, UNK, type VocabEntry } from './marian-layout.js';

const WORD_START = '▁';
const WORD_SCORE = -2;
const CHARACTER_SCORE = -10;
/** Made-up words never beat a sample word, only a spelling-out in characters. */
const FILLER_SCORE = -12;
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'te', 'vi', 'do', 'pe', 'bu', 'fa', 'gi', 'ho', 'ju', 'ze'];
const PRINTABLE_ASCII = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i));
/** Punctuation Metaspace leaves on a word: stripped, so `Lüttich,` is the piece `▁Lüttich` and then `,`. */
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** `made-up word n`: the syllables of n's base-16 digits, at least three. */
function syllableWord(n: number): string {
  let word = '';
  for (let rest = n + SYLLABLES.length ** 2; rest > 0; rest = Math.floor(rest / SYLLABLES.length)) {
    word = (SYLLABLES[rest % SYLLABLES.length] as string) + word;
  }
  return WORD_START + word;
}

/** Exactly `size` entries: `</s>` = 0, `<unk>` = 1, `<pad>` = size - 1. Same text and size, same vocabulary. */
export function benchVocabulary(text: string, size: number): VocabEntry[] {
  const entries = new Map<string, number>([[EOS, 0], [UNK, 0]]);
  const characters = new Set([WORD_START, ...PRINTABLE_ASCII, ...text.replace(/\s/gu, '')]);
  for (const char of [...characters].sort()) entries.set(char, CHARACTER_SCORE);
  const words = new Set(text.split(/\s+/u).map((w) => w.replace(EDGE_PUNCTUATION, '')).filter((w) => w.length > 1));
  for (const word of [...words].sort()) entries.set(WORD_START + word, WORD_SCORE);
  if (entries.size + 1 > size) {
    throw new RangeError(`bench vocabulary: the sample text needs ${entries.size + 1} pieces, more than the vocabulary size ${size}`);
  }
  for (let n = 0; entries.size < size - 1; n++) {
    const word = syllableWord(n);
    if (!entries.has(word)) entries.set(word, FILLER_SCORE);
  }
  entries.set(PAD, 0);
  return [...entries];
}
