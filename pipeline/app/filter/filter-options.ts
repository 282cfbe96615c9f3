import type { TranslationEngine } from '../../engine/translation-engine.js';

/** What a filter writes: the English text in the input's layout, or Lektor's JSONL records. */
export const FILTER_FORMATS = ['txt', 'jsonl'] as const;
export type FilterFormat = (typeof FILTER_FORMATS)[number];

export interface FilterOptions {
  /** Opened by the caller, with `segmentation: 'lines'` for `filterLines`. */
  readonly engine: TranslationEngine;
  /** Names the input in findings and JSONL records: `stdin`, or `text` for an argument. */
  readonly name: string;
  /** @default 'txt' */
  readonly format?: FilterFormat;
  /** Stamped on memory entries and outputs. */
  readonly now: Date;
  /** Receives the output, in input order. */
  readonly write: (chunk: string) => void;
  /** Receives each QA finding as one `name:line:column: severity: message (check)` line. */
  readonly onFinding?: (line: string) => void;
}

/** Sentences (or lines) that needed a translation, and how many of them the memory answered. */
export interface FilterCounts {
  readonly sentences: number;
  readonly recalled: number;
}
