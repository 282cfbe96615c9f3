import type { TextSpan } from '../../pipeline/core/doc.js';
import { LOW_CONFIDENCE_WORD, type Translation } from '../translator.js';

/** SentencePiece's mark of a piece that begins a word. */
const WORD_START = '▁';

/** Confidence is kept to this many decimals: ONNX Runtime's kernels differ in the last bits between CPUs, so do not promise them. */
const DECIMALS = 4;

/** What scoring needs of the tokenizer: a token's piece, and the text of a few tokens as decoding writes it. */
export interface Pieces {
  piece(id: number): string;
  text(ids: readonly number[]): string;
}

/**
 * Tokens cut into words: a word starts at a piece that begins one (`▁…`), and every piece up to
 * the next such one is part of it (`▁Belg`, `ium`, `,`).
 */
function words(tokens: readonly number[], pieces: Pieces): number[][] {
  const groups: number[][] = [];
  tokens.forEach((id, i) => {
    const last = groups.at(-1);
    if (last && !pieces.piece(id).startsWith(WORD_START)) last.push(i);
    else groups.push([i]);
  });
  return groups;
}

/**
 * `text` (the decoded `tokens`) with its scores: `confidence` from every log-probability (the
 * tokens', then `</s>`'s: `logProbs` is one longer than `tokens`), and as `lowConfidence` each word
 * whose least likely token had a probability below `LOW_CONFIDENCE_WORD`. A word is found in `text`
 * as its tokens decode on their own, after the words before it; one decoding cannot place (only
 * special tokens, which decoding drops) is not marked.
 */
export function scoredTranslation(text: string, tokens: readonly number[], logProbs: readonly number[], pieces: Pieces): Translation {
  const mean = logProbs.reduce((sum, p) => sum + p, 0) / logProbs.length;
  const lowConfidence: TextSpan[] = [];
  let from = 0;
  for (const word of words(tokens, pieces)) {
    const written = pieces.text(word.map((i) => tokens[i] as number)).trim();
    const start = written === '' ? -1 : text.indexOf(written, from);
    if (start < 0) continue;
    from = start + written.length;
    const least = Math.min(...word.map((i) => logProbs[i] as number));
    if (Math.exp(least) < LOW_CONFIDENCE_WORD) lowConfidence.push({ start, end: from });
  }
  return { text, confidence: Number(Math.exp(mean).toFixed(DECIMALS)), lowConfidence };
}
