/** A sentence waiting for the model; `order` counts arrivals, so lower is older. */
export interface WaitingRow {
  readonly input: string;
  readonly order: number;
}

/** How much one model call may take. */
export interface BatchLimit {
  /** Most rows in one call. */
  readonly rows: number;
  /**
   * Most padded input tokens in one call: its rows times its longest row's length, what a padded
   * batch costs the encoder and (its outputs being about as long) the decoder. Without it a call
   * takes `rows` rows whatever their length.
   */
  readonly tokens?: number;
}

/** A call's rows: `[start, end)` of the rows sorted by length. */
type Window = readonly [start: number, end: number];

/**
 * Removes a batch from `waiting` (kept in arrival order) and returns it shortest first, by
 * `lengthOf`: always the oldest row, so every article keeps moving, and around it rows of about
 * its length, so the call wastes little on padding and its rows end at about the same step.
 * Without a token budget that is the `rows` rows nearest the oldest's length; with one, the rows
 * of the most input tokens whose padded tokens fit the budget (so short rows go many to a call,
 * long ones few); a row longer than the budget goes alone.
 */
export function takeBatch<T extends WaitingRow>(waiting: T[], limit: BatchLimit, lengthOf: (row: T) => number): T[] {
  if (waiting.length === 0) return [];
  const measured = waiting.map((row) => ({ row, length: lengthOf(row) }));
  measured.sort((a, b) => a.length - b.length || a.row.order - b.row.order);
  const lengths = measured.map((m) => m.length);
  const oldest = measured.findIndex((m) => m.row === waiting[0]);
  const [start, end] = limit.tokens === undefined ? nearestLengths(lengths, oldest, limit.rows) : fullestWithin(lengths, oldest, limit.rows, limit.tokens);
  const chosen = measured.slice(start, end).map((m) => m.row);
  const taken = new Set(chosen);
  waiting.splice(0, waiting.length, ...waiting.filter((row) => !taken.has(row)));
  return chosen;
}

/** The `rows` consecutive lengths around `oldest` whose longest and shortest differ least (the first such). */
function nearestLengths(lengths: readonly number[], oldest: number, rows: number): Window {
  if (lengths.length <= rows) return [0, lengths.length];
  const spread = (start: number) => (lengths[start + rows - 1] ?? 0) - (lengths[start] ?? 0);
  let best = Math.max(0, oldest - rows + 1);
  for (let start = best + 1; start <= Math.min(oldest, lengths.length - rows); start++) {
    if (spread(start) < spread(best)) best = start;
  }
  return [best, best + rows];
}

/**
 * Of the windows around `oldest` of at most `rows` rows whose padded tokens (rows × the last,
 * longest length) fit `tokens`, the one of the most real tokens, then of the fewest padded ones.
 * A window that fits stays fitting as its start moves right, so one pass finds each start's
 * longest window. None fits only when the oldest row alone is over the budget: it goes alone.
 */
function fullestWithin(lengths: readonly number[], oldest: number, rows: number, tokens: number): Window {
  const before = [0];
  for (const length of lengths) before.push((before.at(-1) ?? 0) + length);
  const padded = (start: number, end: number) => (end - start) * (lengths[end - 1] ?? 0);
  let best: Window = [oldest, oldest + 1];
  let bestTokens = -1;
  let end = 0;
  for (let start = 0; start <= oldest; start++) {
    end = Math.max(end, start);
    while (end < lengths.length && end + 1 - start <= rows && padded(start, end + 1) <= tokens) end++;
    if (end <= oldest) continue;
    const real = (before[end] ?? 0) - (before[start] ?? 0);
    if (real > bestTokens || (real === bestTokens && padded(start, end) < padded(...best))) {
      best = [start, end];
      bestTokens = real;
    }
  }
  return best;
}
