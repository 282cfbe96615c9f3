import { InputError } from '../pipeline/core/errors.js';

/** An inline code in a reviewed file: the mark it stands for (its id, `m1`) and which side of it. */
export interface InlineCode {
  readonly mark: string;
  readonly side: 'open' | 'close' | 'standalone';
}

/** A unit's text with its inline codes where they stand, in order. */
export type InlinePiece = string | InlineCode;

/** One unit of a file Lektor wrote, as a CAT tool or a script left it. */
export interface ReviewedUnit {
  /** Lektor's segment id, `s0001`. */
  readonly segment: string;
  /** The German the unit carries. */
  readonly source: string;
  /** The English the unit carries now; empty where it has none. */
  readonly target: string;
  /**
   * Whether the file says a person confirmed this English (each reader documents what counts):
   * an unchanged sentence counts as reviewed only then.
   */
  readonly approved: boolean;
  /**
   * The sentence's version (`segmentVersion`) when the file was written, which Lektor's formats
   * carry and tools keep: an import refuses a unit whose sentence has changed since. Absent in a
   * file that does not carry it (written before Lektor did, or dropped by a tool): no check.
   */
  readonly version?: string;
  /** Where the unit starts in the file, for messages. */
  readonly line: number;
  /**
   * The German and English with their inline codes, from formats that carry them (XLIFF, TMX).
   * A standalone code stands for its element's text, which `source` and `target` leave out:
   * only the article's record knows it.
   */
  readonly inline?: { readonly source: readonly InlinePiece[]; readonly target: readonly InlinePiece[] };
}

/** What a reviewed file holds: the article it was written for and its units, in file order. */
export interface ReviewedFile {
  /** The article name, as Lektor named the outputs (`meta.name`). */
  readonly article: string;
  readonly units: readonly ReviewedUnit[];
}

/**
 * The one article a file's parts (XLIFF `<file>`s, TMX `<tu>`s, JSONL records) name: Lektor
 * writes a file per article, and a file that mixes articles is one line naming where it changes.
 */
export function singleArticle(file: string, names: readonly { readonly article: string; readonly line: number }[]): string {
  const [first] = names;
  if (!first) throw new InputError({ file }, 'names no article: not a file Lektor wrote, or it has no units');
  const other = names.find((n) => n.article !== first.article);
  if (other) throw new InputError({ file, line: other.line }, `article "${other.article}" in a file of article "${first.article}"; import one article per file`);
  return first.article;
}
