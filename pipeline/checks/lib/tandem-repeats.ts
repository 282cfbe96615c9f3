import type { Word } from './words.js';

/** A phrase said several times in a row: `no no no no`, `of the of the of the`. */
export interface TandemRepeat {
  /** The words of one occurrence. */
  readonly unit: readonly Word[];
  readonly times: number;
  /** Offsets of the whole repeat in the text. */
  readonly start: number;
  readonly end: number;
}

// Model loops seldom cycle through phrases longer than this.
const MAX_UNIT = 8;

/**
 * Back-to-back repeats of words or phrases, compared case-insensitively, longest stretch first
 * at each place, never overlapping. `minTimes(unitLength)` says how many repeats count.
 */
export function tandemRepeats(words: readonly Word[], minTimes: (unitLength: number) => number): TandemRepeat[] {
  const repeats: TandemRepeat[] = [];
  let at = 0;
  while (at < words.length) {
    const best = longestRepeatAt(words, at, minTimes);
    if (!best) {
      at += 1;
      continue;
    }
    const last = words[at + best.unitLength * best.times - 1];
    const unit = words.slice(at, at + best.unitLength);
    repeats.push({ unit, times: best.times, start: unit[0]?.start ?? 0, end: last?.end ?? 0 });
    at += best.unitLength * best.times;
  }
  return repeats;
}

function longestRepeatAt(words: readonly Word[], at: number, minTimes: (unitLength: number) => number) {
  let best: { unitLength: number; times: number } | undefined;
  for (let unitLength = 1; unitLength <= MAX_UNIT && at + 2 * unitLength <= words.length; unitLength += 1) {
    let times = 1;
    while (sameRun(words, at, at + times * unitLength, unitLength)) times += 1;
    const covers = unitLength * times;
    if (times >= minTimes(unitLength) && (!best || covers > best.unitLength * best.times)) best = { unitLength, times };
  }
  return best;
}

function sameRun(words: readonly Word[], a: number, b: number, length: number): boolean {
  if (b + length > words.length) return false;
  for (let i = 0; i < length; i += 1) if (words[a + i]?.key !== words[b + i]?.key) return false;
  return true;
}
