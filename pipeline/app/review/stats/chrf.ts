/**
 * chrF (Popović 2015) as sacreBLEU 2 computes it by default: character n-grams of orders 1 to 6
 * with whitespace removed, case kept, β = 2, and no epsilon smoothing (only orders that both
 * texts have count towards the averages).
 */

/** Character n-grams of orders 1 to 6. */
const CHRF_ORDER = 6;
const BETA = 2;

/** Per order n (index n − 1): the hypothesis's n-grams, the reference's, and how many match. */
export type ChrfStatistics = readonly NgramCounts[];

export interface NgramCounts {
  readonly hypothesis: number;
  readonly reference: number;
  readonly matches: number;
}

/** The n-gram counts of one segment: the hypothesis (here the draft) against its reference (the review). */
export function chrfStatistics(hypothesis: string, reference: string): ChrfStatistics {
  // Code points, as Python (and so sacreBLEU) indexes strings.
  const hyp = [...hypothesis.replace(/\s+/gu, '')];
  const ref = [...reference.replace(/\s+/gu, '')];
  return Array.from({ length: CHRF_ORDER }, (_, i) => {
    const hypNgrams = ngrams(hyp, i + 1);
    const refNgrams = ngrams(ref, i + 1);
    let hypothesisCount = 0;
    let matches = 0;
    for (const [gram, count] of hypNgrams) {
      hypothesisCount += count;
      matches += Math.min(count, refNgrams.get(gram) ?? 0);
    }
    return {
      // sacreBLEU leaves a hypothesis's n-grams out where the reference has none of that order,
      // so a short reference does not lower the corpus precision; kept for equal corpus scores.
      hypothesis: refNgrams.size > 0 ? hypothesisCount : 0,
      reference: Math.max(ref.length - i, 0),
      matches,
    };
  });
}

function ngrams(chars: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= chars.length; i++) {
    const gram = chars.slice(i, i + n).join('');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Corpus statistics: the segments' counts summed order by order, before any score is computed. */
export function addChrfStatistics(a: ChrfStatistics, b: ChrfStatistics): ChrfStatistics {
  return a.map((x, i) => {
    const y = b[i] ?? NO_NGRAMS;
    return { hypothesis: x.hypothesis + y.hypothesis, reference: x.reference + y.reference, matches: x.matches + y.matches };
  });
}

const NO_NGRAMS: NgramCounts = { hypothesis: 0, reference: 0, matches: 0 };

/** Statistics of no segment, the start of a sum. */
export const EMPTY_CHRF: ChrfStatistics = Array.from({ length: CHRF_ORDER }, () => NO_NGRAMS);

/**
 * The score, 0–100: precision and recall are averaged over the orders that both sides have
 * n-grams of (the "effective order"), then combined as F-β. No such order, or no match, is 0.
 */
export function chrfScore(statistics: ChrfStatistics): number {
  const effective = statistics.filter((s) => s.hypothesis > 0 && s.reference > 0);
  if (effective.length === 0) return 0;
  const precision = effective.reduce((sum, s) => sum + s.matches / s.hypothesis, 0) / effective.length;
  const recall = effective.reduce((sum, s) => sum + s.matches / s.reference, 0) / effective.length;
  if (precision + recall === 0) return 0;
  const b2 = BETA ** 2;
  return (100 * (1 + b2) * precision * recall) / (b2 * precision + recall);
}
