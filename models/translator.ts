/**
 * The only thing stages know about a model. Implementations live in this folder; nothing else
 * imports transformers.js.
 */
export interface Translator {
  /** Hub id or directory the model was loaded from. */
  readonly modelId: string;
  /** Weight precision, e.g. `fp32`, `q8`. */
  readonly dtype: string;
  /** One output per input, same order. Inputs must contain letters (callers copy the rest). */
  translate(batch: readonly string[]): Promise<string[]>;
  dispose(): Promise<void>;
}
