import type { Span } from './phrase.js';

/** Replace `text.slice(start, end)` with `replacement`. */
export interface Edit extends Span {
  readonly replacement: string;
}

/** Where a kept edit's replacement landed in the new text. */
export interface Placed<E extends Edit> extends Span {
  readonly edit: E;
}

/**
 * Applies edits in one pass, left to right. An edit that overlaps an earlier one is dropped, so two
 * rules can never rewrite the same words.
 */
export function applyEdits<E extends Edit>(text: string, edits: readonly E[]): { text: string; placed: Placed<E>[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let from = 0;
  const placed: Placed<E>[] = [];
  for (const edit of sorted) {
    if (edit.start < from) continue;
    out += text.slice(from, edit.start);
    placed.push({ edit, start: out.length, end: out.length + edit.replacement.length });
    out += edit.replacement;
    from = edit.end;
  }
  return { text: out + text.slice(from), placed };
}
