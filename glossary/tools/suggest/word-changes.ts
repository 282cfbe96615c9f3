import { splitWords, type Word } from '../../words.js';

/** One stretch a reviewer changed, in the draft and in the review. */
export interface WordChange {
  /** Offsets into the draft of the words taken out (equal where words were only added). */
  readonly draftStart: number;
  readonly draftEnd: number;
  /** The draft's words taken out, as written there; `''` where words were only added. */
  readonly removed: string;
  /** The review's words put in, as written there; `''` where words were only deleted. */
  readonly inserted: string;
}

/**
 * The word-level diff of a draft and its review: the longest common subsequence of their words
 * (punctuation around a word set aside, capitals counted), and each run of words between two kept
 * ones as one change.
 */
export function wordChanges(draft: string, review: string): WordChange[] {
  const a = splitWords(draft);
  const b = splitWords(review);
  // kept[i][j]: how many words a[i..] and b[j..] can keep in common.
  const kept = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) kept[i]![j] = a[i]!.core === b[j]!.core ? kept[i + 1]![j + 1]! + 1 : Math.max(kept[i + 1]![j]!, kept[i]![j + 1]!);
  }
  const changes: WordChange[] = [];
  let from: { i: number; j: number } | undefined;
  const close = (i: number, j: number) => {
    if (from) changes.push(changeOf(draft, review, a.slice(from.i, i), b.slice(from.j, j), a[i]?.start ?? draft.length));
    from = undefined;
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i]!.core === b[j]!.core) {
      close(i, j);
      i++;
      j++;
      continue;
    }
    from ??= { i, j };
    if (j < b.length && (i === a.length || kept[i]![j + 1]! >= kept[i + 1]![j]!)) j++;
    else i++;
  }
  close(i, j);
  return changes;
}

function changeOf(draft: string, review: string, removed: readonly Word[], inserted: readonly Word[], next: number): WordChange {
  const draftStart = removed[0]?.start ?? next;
  const draftEnd = removed.at(-1)?.end ?? draftStart;
  return { draftStart, draftEnd, removed: draft.slice(draftStart, draftEnd), inserted: inserted.length === 0 ? '' : review.slice(inserted[0]!.start, inserted.at(-1)!.end) };
}
