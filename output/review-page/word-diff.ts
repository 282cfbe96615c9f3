/** A run of a word diff: kept from the first text, taken out of it, or put in by the second. */
export interface DiffPiece {
  readonly text: string;
  readonly change?: 'removed' | 'added';
}

/** Words, numbers, single punctuation marks and runs of space, in order: what a reviewer changes. */
function tokens(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu) ?? [];
}

/** The table of the longest common subsequence's lengths of every pair of suffixes. */
function commonLengths(a: readonly string[], b: readonly string[]): number[][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  return table;
}

/** Appends `text` to the last piece when it is of the same kind: a change reads as one run. */
function push(pieces: DiffPiece[], text: string, change?: DiffPiece['change']): void {
  const last = pieces.at(-1);
  if (last && last.change === change) pieces[pieces.length - 1] = { ...last, text: last.text + text };
  else pieces.push(change ? { text, change } : { text });
}

type Step = { readonly op: 'same' | 'removed' | 'added'; readonly token: string };

/** The edit script of a longest common subsequence of the two token lists. */
function steps(a: readonly string[], b: readonly string[]): Step[] {
  const table = commonLengths(a, b);
  const out: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ op: 'same', token: a[i]! });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || table[i]![j + 1]! >= table[i + 1]![j]!)) out.push({ op: 'added', token: b[j++]! });
    else out.push({ op: 'removed', token: a[i++]! });
  }
  return out;
}

/**
 * What turns `before` into `after`, word by word (a longest common subsequence of their tokens):
 * the review page shows a reviewer's English against the machine's draft. Within a change, the
 * words taken out come before those put in; a space between two changes belongs to the change,
 * so "Possible espionage" → "possible spying" reads as one replacement, not two.
 */
export function wordDiff(before: string, after: string): DiffPiece[] {
  const script = steps(tokens(before), tokens(after));
  const pieces: DiffPiece[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed !== '') push(pieces, removed, 'removed');
    if (added !== '') push(pieces, added, 'added');
    removed = added = '';
  };
  script.forEach((step, k) => {
    const between = (script[k - 1]?.op ?? 'same') !== 'same' && (script[k + 1]?.op ?? 'same') !== 'same';
    const inChange = between && /^\s+$/.test(step.token);
    if (step.op === 'same' && !inChange) {
      flush();
      push(pieces, step.token);
      return;
    }
    if (step.op !== 'added') removed += step.token;
    if (step.op !== 'removed') added += step.token;
  });
  flush();
  return pieces;
}
