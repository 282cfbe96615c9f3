import { emojiRunEnd } from './emoji.js';
import { charClass, CLOSING, withoutClosers, withoutOpeners } from './enclosing.js';
import { FOOTNOTE_MARKER } from './footnote-markers.js';
import { linksIn } from './links.js';
import { closesRemark } from './remarks.js';
import { endsSentence, type BoundaryContext } from './sentence-end.js';
import { isSpaceAt, skipSpace, type Span } from './span.js';

/**
 * Possible sentence ends: terminal punctuation (with closing quotes and brackets and footnote
 * markers after it) before a space, or a period, `?` or `!` glued to a capitalised word
 * (`Sitzung.Anschließend`). Emoji after the first kind are added in code: in this expression they
 * would slow down every match.
 */
const CANDIDATE = new RegExp(`[.!?…]+${charClass(CLOSING)}*${FOOTNOTE_MARKER}*(?=\\s|$)|[.?!](?=\\p{Lu}\\p{Ll})`, 'gu');
const PUNCTUATION = /^[.!?…]+/;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/**
 * The rules look at a bounded window around each candidate, so the work per character stays
 * constant however long a word or the text is. No abbreviation, number or initial is longer.
 */
const WORD_WINDOW = 64;
const BEFORE_WINDOW = 40;
const NEXT_WINDOW = 48;

/** The sentences of a paragraph, as spans without surrounding whitespace. */
export function splitSentences(text: string, paragraph: Span & { readonly bodyStart: number }): Span[] {
  const sentences: Span[] = [];
  let start = paragraph.start;
  let linkWord: LinkWord | undefined;
  for (const match of text.slice(paragraph.start, paragraph.end).matchAll(CANDIDATE)) {
    const at = paragraph.start + match.index;
    let end = at + match[0].length;
    if (end >= paragraph.end) break;
    if (at < paragraph.bodyStart) continue;
    let ends: boolean;
    if (isSpaceAt(text, end)) {
      end = emojiRunEnd(text, end, paragraph.end);
      if (end >= paragraph.end) break;
      ends = endsSentence(contextAtSpace(text, paragraph, start, at, text.slice(at, end)));
    } else {
      ends = missingSpaceEndsSentence(text, paragraph, at);
      if (ends) {
        if (!linkWord || at >= linkWord.end) linkWord = wordAround(text, paragraph, at);
        ends = !insideLink(linkWord, at);
      }
    }
    if (!ends) continue;
    sentences.push({ start, end });
    start = skipSpace(text, end, paragraph.end);
  }
  sentences.push({ start, end: paragraph.end });
  return sentences;
}

function contextAtSpace(text: string, paragraph: Span, sentenceStart: number, at: number, match: string): BoundaryContext {
  const punctuation = PUNCTUATION.exec(match)![0];
  const closers = match.slice(punctuation.length);
  let wordStart = at;
  while (wordStart > paragraph.start && at - wordStart < WORD_WINDOW && !isSpaceAt(text, wordStart - 1)) wordStart--;
  const word = text.slice(wordStart, at);
  const bare = withoutClosers(withoutOpeners(word));
  const next = skipSpace(text, at + match.length, paragraph.end);
  return {
    word: bare,
    punctuation,
    bracketed: closesRemark(text, { word, bare, punctuation, closers, sentenceStart, at }),
    before: wordsBefore(text, paragraph.start, wordStart),
    next: text.slice(next, Math.min(next + NEXT_WINDOW, paragraph.end)),
    first: wordStart === sentenceStart,
  };
}

/** `Sitzung.Anschließend`, `Warum?Weil`: only after a lower-case word, and only if the rules agree. */
function missingSpaceEndsSentence(text: string, paragraph: Span, at: number): boolean {
  const punctuation = text[at]!;
  const glued =
    punctuation === '.'
      ? at - 2 >= paragraph.start && LOWER.test(text[at - 1]!) && LOWER.test(text[at - 2]!)
      : at - 1 >= paragraph.start && LETTER.test(text[at - 1]!);
  if (!glued) return false;
  let wordStart = at;
  while (wordStart > paragraph.start && at - wordStart < WORD_WINDOW && LETTER.test(text[wordStart - 1]!)) wordStart--;
  return endsSentence({
    word: text.slice(wordStart, at),
    punctuation,
    bracketed: false,
    before: [],
    next: text.slice(at + 1, Math.min(at + 1 + NEXT_WINDOW, paragraph.end)),
    first: false,
  });
}

/** The whitespace-delimited word around a candidate, with its links; reused for every candidate inside it. */
interface LinkWord extends Span {
  readonly links: readonly Span[];
}

function wordAround(text: string, paragraph: Span, at: number): LinkWord {
  let start = at;
  while (start > paragraph.start && !isSpaceAt(text, start - 1)) start--;
  let end = at;
  while (end < paragraph.end && !isSpaceAt(text, end)) end++;
  const links = linksIn(text.slice(start, end)).map((l) => ({ start: start + l.start, end: start + l.end }));
  return { start, end, links };
}

function insideLink(word: LinkWord, at: number): boolean {
  return word.links.some((link) => link.start <= at && at < link.end);
}

/** Up to three words before `wordStart`, nearest last; a word cut by the window is dropped. */
function wordsBefore(text: string, limit: number, wordStart: number): string[] {
  const from = Math.max(limit, wordStart - BEFORE_WINDOW);
  const words = text.slice(from, wordStart).split(/\s+/u).filter(Boolean);
  if (from > limit && !isSpaceAt(text, from - 1)) words.shift();
  return words.slice(-3);
}
