/**
 * Bracketed remarks: commentary inside a sentence, such as `(!)`, `(sic!)`, `(?)`, `(...)`, `[…]`,
 * `ein(!) Satz` or `zahlte (angeblich!) 5 Mio.`. Their punctuation does not end the sentence.
 */

/** `(!)`, `(sic!)`, `(...)`: the whole remark is one short word. */
const SHORT_REMARK = 4;
/** Remarks are short; a bound on the look-back keeps the work per candidate constant. */
const REMARK_WINDOW = 120;

/** What a remark check needs to know about one candidate sentence end. */
export interface RemarkCandidate {
  /** The whitespace-delimited text before the punctuation (`(sic`, `ein(`, `(angeblich`). */
  readonly word: string;
  /** `word` without quotes and brackets. */
  readonly bare: string;
  readonly punctuation: string;
  /** The quotes and brackets right after the punctuation. */
  readonly closers: string;
  /** Offsets: where the current sentence starts, and where the punctuation is. */
  readonly sentenceStart: number;
  readonly at: number;
}

/**
 * Whether the punctuation closes a bracketed remark: a short bracketed word (`(!)`, `[…]`), or a
 * `?` or `!` before a bracket opened inside the sentence. A bracket that opens the sentence holds a
 * sentence of its own (`(Ob das so bleibt?) Die Aktie steigt.`).
 */
export function closesRemark(text: string, c: RemarkCandidate): boolean {
  if (!/[)\]]/.test(c.closers)) return false;
  if (/^[([]/.test(c.word) && c.bare.length <= SHORT_REMARK) return true;
  return /[?!]/.test(c.punctuation) && bracketOpensInside(text, c.sentenceStart, c.at);
}

/** Whether an unclosed `(` or `[` lies between the sentence's first character and `at`. */
function bracketOpensInside(text: string, sentenceStart: number, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i > sentenceStart && at - i <= REMARK_WINDOW; i--) {
    const c = text[i];
    if (c === ')' || c === ']') depth++;
    else if (c === '(' || c === '[') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}
