import type { TextSpan } from '../pipeline/core/doc.js';

/** Generation settings that shape a model's output besides its weights and input. */
export type Decoding = Readonly<Record<string, string | number | boolean>>;

/** English one output must contain; empty: none. */
export type RequiredTerms = readonly string[];

/**
 * What the memory and the pool know an input by: the input alone, or with the terms it requires,
 * each on a line of its own (a model input is one line, its whitespace folded), so the same
 * sentence with other required terms is another translation.
 */
export function inputKey(input: string, required: RequiredTerms = []): string {
  return [input, ...required].join('\n');
}

/**
 * What a translator's outputs depend on, known without loading it: the translation memory keys
 * its entries by this, so a run whose sentences are all remembered never loads the model.
 */
export interface ModelIdentity {
  /** Hub id, or the absolute directory of a local model (a relative path names different models from different folders). */
  readonly id: string;
  readonly dtype: string;
  readonly decoding: Decoding;
}

/** One output of a model, with what the model thought of it where the translator can say. */
export interface Translation {
  readonly text: string;
  /**
   * The exponent of the mean log-probability of the output's tokens, `</s>` included: 0–1, the
   * geometric mean of the probabilities the model gave the tokens it wrote. Absent: not scored.
   */
  readonly confidence?: number;
  /** Offsets into `text` of the words whose least likely token had a probability below `LOW_CONFIDENCE_WORD`; present wherever `confidence` is. */
  readonly lowConfidence?: readonly TextSpan[];
}

/** One of a sentence's alternatives: a translation with beam search's score of it. */
export interface Alternative extends Translation {
  /** The hypothesis's summed log-probabilities divided by its length (`</s>` counted): higher is better. */
  readonly score: number;
}

/** Bergamot's threshold: a word any of whose tokens the model gave less than even odds is one it was unsure of. */
export const LOW_CONFIDENCE_WORD = 0.5;

/** `Translator.translateScored`'s shape: what decorators replace. */
export type TranslateScored = (batch: readonly string[], required?: readonly RequiredTerms[]) => Promise<Translation[]>;

/** `Translator.alternatives`'s shape. */
export type Alternatives = (batch: readonly string[], n: number, required?: readonly RequiredTerms[]) => Promise<Alternative[][]>;

/** `Translator.complete`'s shape. */
export type Complete = (batch: readonly string[], prefixes: readonly string[], required?: readonly RequiredTerms[]) => Promise<string[]>;

/**
 * The only thing stages know about a model. Implementations live in this folder; nothing else
 * imports transformers.js.
 */
export interface Translator {
  /** Hub id or directory the model was loaded from. */
  readonly modelId: string;
  /** Weight precision, e.g. `fp32`, `q8`. */
  readonly dtype: string;
  /**
   * One output per input, same order. Inputs must contain letters (callers copy the rest).
   * `required`, where given, lists per input the English its output must contain (glossary terms
   * for constrained decoding); a translator that cannot constrain its output ignores it, and a
   * caller checks the output as with any strategy.
   */
  translate(batch: readonly string[], required?: readonly RequiredTerms[]): Promise<string[]>;
  /**
   * `translate` with each output's scores (`Translation`). Absent where a translator cannot
   * score; it may cost more than `translate` (the Marian translator's greedy loop inside ONNX
   * Runtime scores its outputs in a second pass).
   */
  translateScored?: TranslateScored;
  /**
   * Per input, its `n` best distinct translations from beam search (at least as wide as the
   * translator's own, so the first is what a beam-search `translate` writes), best first; fewer
   * where the search finished fewer. Absent where a translator cannot search.
   */
  alternatives?: Alternatives;
  /**
   * Per input, the whole translation that starts with its prefix (the reviewer's English, which
   * may end inside a word), the rest decoded as `translate` decodes, with `required` as there.
   * Absent where a translator cannot force a start.
   */
  complete?: Complete;
  dispose(): Promise<void>;
  /** Target tokens generated so far, padding excluded: what tokens/s counts. Absent where a translator cannot count. */
  generatedTokens?(): number;
  /**
   * The input's length as the model counts it (Marian: tokens, `</s>` included). Batches are
   * grouped by it: rows of one length run and end together. Absent: characters.
   */
  inputLength?(input: string): number;
}

/** `translator`'s own measure of `input`, or its characters where it has none (or is not loaded yet). */
export function inputLengthOf(translator: Translator | undefined, input: string): number {
  return translator?.inputLength?.(input) ?? input.length;
}

/** `translator`'s outputs with their scores, or unscored where it cannot score. */
export async function translateScored(translator: Translator, batch: readonly string[], required?: readonly RequiredTerms[]): Promise<Translation[]> {
  if (translator.translateScored) return translator.translateScored(batch, required);
  return (await translator.translate(batch, required)).map((text) => ({ text }));
}

/**
 * `inner` with its translation replaced by `translate`, which scores as far as `inner` does: for
 * decorators that add memory, pooling or loading around it. `translate` is the scored call, so
 * the scores pass through every decorator; the plain one gives its texts. Alternatives and
 * completions are `inner`'s unless `calls` replaces them (the pool batches them too).
 */
export function withTranslate(inner: Translator, translate: TranslateScored, calls: Pick<Translator, 'alternatives' | 'complete'> = inner): Translator {
  return {
    modelId: inner.modelId,
    dtype: inner.dtype,
    translate: async (batch, required) => (await translate(batch, required)).map((t) => t.text),
    translateScored: translate,
    ...(calls.alternatives ? { alternatives: calls.alternatives.bind(calls) } : {}),
    ...(calls.complete ? { complete: calls.complete.bind(calls) } : {}),
    generatedTokens: () => inner.generatedTokens?.() ?? 0,
    inputLength: (input) => inputLengthOf(inner, input),
    dispose: () => inner.dispose(),
  };
}
