import type { ModelIdentity } from '../../models/translator.js';

/** Who produced a remembered target: the model now; reviewers' corrections later. */
export type EntryOrigin = 'model' | 'review';

/** What is stored with a target besides its key, so entries can be traced and reviewed edits told apart. */
export interface EntryMeta {
  readonly origin: EntryOrigin;
  /** ISO 8601 time of the run that stored it. */
  readonly createdAt: string;
  /** Lektor version that stored it. */
  readonly tool: string;
}

/** One remembered translation: key (model, dtype, decoding, exact model input) → target. */
export interface MemoryEntry extends EntryMeta {
  readonly model: string;
  readonly dtype: string;
  /** The decoding settings as canonical JSON (keys sorted). */
  readonly decoding: string;
  /** Exactly what the model was given. */
  readonly source: string;
  readonly target: string;
}

export interface MemoryStats {
  readonly entries: number;
  /** Entries per model, dtype and decoding, sorted. */
  readonly models: readonly { readonly model: string; readonly dtype: string; readonly decoding: string; readonly entries: number }[];
}

/**
 * Where translations are remembered. Small and asynchronous so that a memory shared by several
 * machines can stand behind it later; `openSqliteMemory` is the local one.
 */
export interface TranslationMemory {
  /** File or address, for messages and run.json. */
  readonly location: string;
  /** The remembered target for each source under `model`, `undefined` where there is none. */
  recall(model: ModelIdentity, sources: readonly string[]): Promise<(string | undefined)[]>;
  /** Stores translations; an entry that already exists for a key is kept as it is. */
  record(model: ModelIdentity, pairs: readonly (readonly [source: string, target: string])[], meta: EntryMeta): Promise<void>;
  stats(): Promise<MemoryStats>;
  /** Every entry, in key order. */
  entries(): AsyncIterable<MemoryEntry>;
  /** Removes the entries of one model id (all entries without one); returns how many. */
  clear(model?: string): Promise<number>;
  close(): Promise<void>;
}

/** The decoding part of the key: the same settings always give the same string. */
export function decodingKey(decoding: ModelIdentity['decoding']): string {
  return JSON.stringify(decoding, Object.keys(decoding).sort());
}
