import { foldWhitespace, type MemoryMatch } from '../../core/doc.js';
import type { ModelIdentity, Translation } from '../../../models/translator.js';

/** Who produced a remembered target: the model, or a person reviewing it. */
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

/**
 * A person's translation of a German sentence, kept apart from the model's: it holds for every
 * model, dtype and decoding, and a later run prefers it to any model's.
 */
export interface ReviewEntry {
  /** The German sentence, whitespace folded (`reviewKey`). */
  readonly source: string;
  /** What the model was given when that differed from the sentence (glossary enforcement). */
  readonly modelInput: string | null;
  readonly target: string;
  /** The machine's target the reviewer started from; equal to `target` for an approval. */
  readonly draft: string;
  /** ISO 8601 time of the review. */
  readonly createdAt: string;
  readonly tool: string;
}

/** How a German sentence is looked up among reviews: the same words, however they were wrapped. */
export function reviewKey(source: string): string {
  return foldWhitespace(source);
}

/** How many earlier sentences to find, and how alike they must be. */
export interface FuzzyOptions {
  /** Lowest similarity in percent (`similarity`). */
  readonly threshold: number;
  /** At most this many matches per sentence. */
  readonly limit: number;
}

/** An earlier sentence of the memory whose German resembles the one looked up. */
export type FuzzyMatch = MemoryMatch;

export interface MemoryStats {
  /** Machine entries. */
  readonly entries: number;
  /** Reviewed sentences. */
  readonly reviewed: number;
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
  /**
   * The remembered translation of each source under `model`, with the scores the model gave it
   * (none for an entry stored before Lektor kept them), `undefined` where there is none.
   */
  recall(model: ModelIdentity, sources: readonly string[]): Promise<(Translation | undefined)[]>;
  /**
   * For each sentence, the reviews and `model`'s entries whose German is at least
   * `options.threshold`% alike (`similarity`), best first (`rankMatches`), found through an index
   * that misses none of them (`prefilter`).
   */
  fuzzy(model: ModelIdentity, sources: readonly string[], options: FuzzyOptions): Promise<FuzzyMatch[][]>;
  /** Stores translations with their scores; an entry that already exists for a key is kept as it is. */
  record(model: ModelIdentity, pairs: readonly (readonly [source: string, translation: Translation])[], meta: EntryMeta): Promise<void>;
  stats(): Promise<MemoryStats>;
  /** Every entry, in key order. */
  entries(): AsyncIterable<MemoryEntry>;
  /** The review of each German sentence (looked up by `reviewKey`), `undefined` where there is none. */
  recallReviews(sources: readonly string[]): Promise<(ReviewEntry | undefined)[]>;
  /** Stores reviews; a sentence reviewed again keeps only the later review. */
  recordReviews(reviews: readonly ReviewEntry[]): Promise<void>;
  /**
   * Removes reviews a person took back: each German sentence's review, only while its English is
   * still `target` (a later review of the same sentence stays).
   */
  forgetReviews(reviews: readonly Pick<ReviewEntry, 'source' | 'target'>[]): Promise<void>;
  /** Every review, in sentence order. */
  reviews(): AsyncIterable<ReviewEntry>;
  /**
   * Removes the machine entries of one model id (all of them without one), and the reviews too
   * only when `reviewed` is set: a person's work is not thrown away with a model's cache.
   * Returns how many entries and reviews went.
   */
  clear(model?: string, options?: { readonly reviewed?: boolean }): Promise<{ readonly entries: number; readonly reviewed: number }>;
  close(): Promise<void>;
}

/** A translation's scores as stored beside its text: `confidence` and `lowConfidence` as `[start, end]` pairs, or none. */
export interface StoredScores {
  readonly confidence: number | null;
  readonly lowConfidence: string | null;
}

export function storedScores(translation: Translation): StoredScores {
  if (translation.confidence === undefined) return { confidence: null, lowConfidence: null };
  return { confidence: translation.confidence, lowConfidence: JSON.stringify((translation.lowConfidence ?? []).map((span) => [span.start, span.end])) };
}

/** `target` with the scores stored beside it. */
export function storedTranslation(target: string, scores: StoredScores): Translation {
  if (scores.confidence === null) return { text: target };
  const spans = JSON.parse(scores.lowConfidence ?? '[]') as [number, number][];
  return { text: target, confidence: scores.confidence, lowConfidence: spans.map(([start, end]) => ({ start, end })) };
}

/** The decoding part of the key: the same settings always give the same string. */
export function decodingKey(decoding: ModelIdentity['decoding']): string {
  return JSON.stringify(decoding, Object.keys(decoding).sort());
}
