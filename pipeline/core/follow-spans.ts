import type { Segment, TextSpan } from './doc.js';

interface Word extends TextSpan {
  readonly text: string;
}

const wordsOf = (text: string): Word[] => [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

/** For each word of `a`, the index of the word of `b` a longest common subsequence of the two pairs it with, if any. */
function pairWords(a: readonly Word[], b: readonly Word[]): (number | undefined)[] {
  // longest[i][j]: the longest common subsequence of a[i..] and b[j..].
  const longest = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = longest[i] as number[];
      row[j] = a[i]?.text === b[j]?.text ? (longest[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(longest[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const paired: (number | undefined)[] = a.map(() => undefined);
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]?.text === b[j]?.text) paired[i++] = j++;
    else if ((longest[i + 1]?.[j] ?? 0) >= (longest[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return paired;
}

/**
 * Where `spans` of `before` are in `after`, a revision of it (placeholders undone, a term
 * repaired, markup taken out): a span keeps its place where the words it lies in come through
 * unchanged and still side by side, and is dropped where an edit touched them.
 */
export function followSpans(spans: readonly TextSpan[], before: string, after: string): TextSpan[] {
  if (spans.length === 0 || before === after) return [...spans];
  const from = wordsOf(before);
  const to = wordsOf(after);
  const paired = pairWords(from, to);
  return spans.flatMap((span) => {
    const first = from.findIndex((w) => w.end > span.start);
    const last = from.findLastIndex((w) => w.start < span.end);
    if (first < 0 || last < first) return [];
    const start = paired[first];
    if (start === undefined) return [];
    for (let i = first; i <= last; i++) if (paired[i] !== start + i - first) return [];
    const [a, b, x, y] = [from[first], from[last], to[start], to[start + last - first]] as [Word, Word, Word, Word];
    return [{ start: x.start + Math.max(0, span.start - a.start), end: y.start + Math.min(span.end, b.end) - b.start }];
  });
}

/** `segment` with `target`, a revision of its target: the low-confidence words follow the edits. */
export function reviseTarget(segment: Segment, target: string): Segment {
  if (!segment.lowConfidence || segment.target === undefined) return { ...segment, target };
  return { ...segment, target, lowConfidence: followSpans(segment.lowConfidence, segment.target, target) };
}
