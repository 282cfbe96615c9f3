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

/** `inner` with its `translate` replaced: for decorators that add memory, pooling or loading around it. */
export function withTranslate(inner: Translator, translate: Translator['translate']): Translator {
  return {
    modelId: inner.modelId,
    dtype: inner.dtype,
    translate,
    generatedTokens: () => inner.generatedTokens?.() ?? 0,
    inputLength: (input) => inputLengthOf(inner, input),
    dispose: () => inner.dispose(),
  };
}
