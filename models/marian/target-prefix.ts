/**
 * A reviewer's start of an output, which decoding writes before the model's own words: a text
 * the output's pieces must spell, the last of them free to run past its end, so a prefix that
 * ends inside a word (`Bund`) is finished by a piece that extends it (`▁Bundestag`). The model's
 * own choice is taken wherever it fits the text; where none of its best tokens does, the text's
 * own next piece is written.
 */
export interface TargetPrefix {
  /** The prefix as pieces spell it: `▁` before its first word and for each run of whitespace. */
  readonly text: string;
  /** Per position of `text`: the first piece of the rest's segmentation into the fewest pieces. */
  readonly next: readonly number[];
  /** Every id of `next`, once: what a decoder asks the log-probabilities of. */
  readonly fallbacks: readonly number[];
  /** How many characters of `text` a token writes (`<unk>`: one). */
  readonly length: (token: number) => number;
  readonly piece: (token: number) => string;
}

/** What a row may write next under its prefix: `next` (the text's own piece) or any token `alsoAllowed` takes; undefined once the text is written. */
export interface PrefixStep {
  readonly next: number;
  readonly alsoAllowed: (token: number) => boolean;
}

/** How much of `prefix.text` `output` writes, and how many of its tokens that takes. */
export function written(prefix: TargetPrefix, output: readonly number[]): { readonly chars: number; readonly tokens: number } {
  let chars = 0;
  let tokens = 0;
  while (chars < prefix.text.length && tokens < output.length) chars += prefix.length(output[tokens++] as number);
  return { chars, tokens };
}

/** The step after `output` under `prefix`. */
export function prefixStep(prefix: TargetPrefix | undefined, output: readonly number[]): PrefixStep | undefined {
  if (!prefix) return undefined;
  const { chars } = written(prefix, output);
  if (chars >= prefix.text.length) return undefined;
  const rest = prefix.text.slice(chars);
  return {
    next: prefix.next[chars] as number,
    alsoAllowed: (token) => {
      const piece = prefix.piece(token);
      return piece.length > 0 && (rest.startsWith(piece) || piece.startsWith(rest));
    },
  };
}

/**
 * `prefix` segmented as target text into the pieces of `vocabulary` (piece → id), the fewest
 * pieces for every rest of it (SentencePiece's unigram model favours few, long pieces; the
 * tokenizer Lektor loads is the source side's, so target text is segmented against the shared
 * vocabulary here). A character no piece starts with is `unknownId`. Undefined for a blank prefix.
 */
export function targetPrefix(prefix: string, vocabulary: ReadonlyMap<string, number>, piece: (token: number) => string, unknownId: number): TargetPrefix | undefined {
  if (prefix.trim() === '') return undefined;
  const text = `▁${prefix.trimStart().replace(/\s+/g, '▁')}`;
  let longest = 0;
  for (const key of vocabulary.keys()) longest = Math.max(longest, key.length);
  // Backwards over `text`: the fewest pieces from each position on, an unknown character costing more than any spelling.
  const cost = new Array<number>(text.length + 1).fill(Infinity);
  const next = new Array<number>(text.length).fill(unknownId);
  cost[text.length] = 0;
  for (let at = text.length - 1; at >= 0; at--) {
    cost[at] = (cost[at + 1] as number) + text.length + 1;
    for (let end = at + 1; end <= Math.min(text.length, at + longest); end++) {
      const id = vocabulary.get(text.slice(at, end));
      if (id !== undefined && id !== unknownId && (cost[end] as number) + 1 < (cost[at] as number)) {
        cost[at] = (cost[end] as number) + 1;
        next[at] = id;
      }
    }
  }
  const length = (token: number) => (token === unknownId ? 1 : piece(token).length);
  return { text, next, fallbacks: [...new Set(next)], length, piece };
}

/**
 * A completion as the reviewer sees it: their prefix as they typed it (whitespace folded), what
 * the piece that finished it wrote past its end, then the rest as `textOf` decodes the tokens.
 */
export function completedText(typed: string, prefix: TargetPrefix | undefined, output: readonly number[], textOf: (tokens: readonly number[]) => string): string {
  if (!prefix) return textOf(output);
  const { chars, tokens } = written(prefix, output);
  const last = output[tokens - 1];
  const overhang = chars > prefix.text.length && last !== undefined ? prefix.piece(last).slice(prefix.length(last) - (chars - prefix.text.length)) : '';
  const start = `${typed.trimStart().replace(/\s+/g, ' ')}${overhang.replace(/▁/g, ' ')}`;
  const rest = output.slice(tokens);
  const tail = rest.length > 0 ? textOf(rest) : '';
  if (tail === '') return start.trimEnd();
  const space = prefix.piece(rest[0] as number).startsWith('▁') && !start.endsWith(' ') ? ' ' : '';
  return `${start}${space}${tail}`;
}
