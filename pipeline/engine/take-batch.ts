/** A sentence waiting for the model; `order` counts arrivals, so lower is older. */
export interface WaitingRow {
  readonly input: string;
  readonly order: number;
}

/**
 * Removes up to `size` rows from `waiting` (kept in arrival order) and returns them shortest
 * first, by `lengthOf`: the oldest row, so every article keeps moving, and the rows closest to it
 * in length, so the batch wastes little on padding and its rows end at about the same step.
 */
export function takeBatch<T extends WaitingRow>(waiting: T[], size: number, lengthOf: (row: T) => number): T[] {
  const measured = waiting.map((row) => ({ row, length: lengthOf(row) }));
  measured.sort((a, b) => a.length - b.length || a.row.order - b.row.order);
  if (waiting.length <= size) {
    waiting.length = 0;
    return measured.map((m) => m.row);
  }
  const oldest = measured.findIndex((m) => m.row === waiting[0]);
  const spread = (start: number) => (measured[start + size - 1]?.length ?? 0) - (measured[start]?.length ?? 0);
  let best = Math.max(0, oldest - size + 1);
  for (let start = best + 1; start <= Math.min(oldest, measured.length - size); start++) {
    if (spread(start) < spread(best)) best = start;
  }
  const chosen = measured.slice(best, best + size).map((m) => m.row);
  const taken = new Set(chosen);
  const rest = waiting.filter((row) => !taken.has(row));
  waiting.splice(0, waiting.length, ...rest);
  return chosen;
}
