/** A sentence waiting for the model; `order` counts arrivals, so lower is older. */
export interface WaitingRow {
  readonly input: string;
  readonly order: number;
}

/**
 * Removes up to `size` rows from `waiting` (kept in arrival order) and returns them shortest
 * first: the oldest row, so every article keeps moving, and the rows closest to it in length, so
 * the batch wastes little on padding.
 */
export function takeBatch<T extends WaitingRow>(waiting: T[], size: number): T[] {
  if (waiting.length <= size) return waiting.splice(0).sort(byLength);
  const sorted = [...waiting].sort(byLength);
  const oldest = sorted.indexOf(waiting[0] as T);
  let best = Math.max(0, oldest - size + 1);
  for (let start = best + 1; start <= Math.min(oldest, sorted.length - size); start++) {
    if (spread(sorted, start, size) < spread(sorted, best, size)) best = start;
  }
  const chosen = sorted.slice(best, best + size);
  const taken = new Set(chosen);
  const rest = waiting.filter((row) => !taken.has(row));
  waiting.splice(0, waiting.length, ...rest);
  return chosen;
}

function byLength(a: WaitingRow, b: WaitingRow): number {
  return a.input.length - b.input.length || a.order - b.order;
}

function spread(sorted: readonly WaitingRow[], start: number, size: number): number {
  return (sorted[start + size - 1]?.input.length ?? 0) - (sorted[start]?.input.length ?? 0);
}
