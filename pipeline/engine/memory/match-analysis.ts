import { segmentsOf, type LektorDoc, type Segment } from '../../core/doc.js';
import { tokenize } from './similarity.js';

/** The bands CAT tools print a match analysis in, best first. */
export const MATCH_BANDS = ['reviewed exact', 'exact', '95-99', '85-94', '75-84', '70-74', 'no match'] as const;
export type MatchBand = (typeof MATCH_BANDS)[number];

export interface BandCount {
  readonly sentences: number;
  /** German words: tokens with a letter or digit (numbers count, marks do not). */
  readonly words: number;
}

/** Sentences and words per band. */
export type MatchAnalysis = Readonly<Record<MatchBand, BandCount>>;

/** Lowest similarity of each fuzzy band. */
const FUZZY: readonly (readonly [MatchBand, number])[] = [
  ['exact', 100],
  ['95-99', 95],
  ['85-94', 85],
  ['75-84', 75],
  ['70-74', 70],
];

/**
 * Where a sentence's best memory match puts it: `reviewed exact` for a person's English of this
 * very sentence, the band of its best fuzzy match's similarity otherwise (`exact` for the same
 * German in the memory), `no match` below 70 or without one.
 */
export function matchBand(segment: Segment): MatchBand {
  if (segment.origin === 'review') return 'reviewed exact';
  const best = segment.matches?.[0]?.similarity ?? 0;
  return FUZZY.find(([, lowest]) => best >= lowest)?.[0] ?? 'no match';
}

const wordsOf = (sentence: string): number => tokenize(sentence).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;

const empty = (): Record<MatchBand, BandCount> => Object.fromEntries(MATCH_BANDS.map((b) => [b, { sentences: 0, words: 0 }])) as Record<MatchBand, BandCount>;

/** The match analysis of a document's translatable sentences. */
export function analyseMatches(doc: LektorDoc): MatchAnalysis {
  const out = empty();
  for (const s of segmentsOf(doc)) {
    if (!s.translatable) continue;
    const band = out[matchBand(s)];
    out[matchBand(s)] = { sentences: band.sentences + 1, words: band.words + wordsOf(s.source) };
  }
  return out;
}

/** Adds up analyses, so a batch keeps one small analysis per article. */
export function mergeMatchAnalyses(analyses: readonly MatchAnalysis[]): MatchAnalysis {
  const out = empty();
  for (const a of analyses) for (const b of MATCH_BANDS) out[b] = { sentences: out[b].sentences + a[b].sentences, words: out[b].words + a[b].words };
  return out;
}

/**
 * For the terminal, as CAT tools print it: one line per band with sentences, words and the
 * words' share, then the total.
 */
export function formatMatchAnalysis(analysis: MatchAnalysis): string {
  const total = mergeMatchAnalyses([analysis]);
  const sentences = MATCH_BANDS.reduce((n, b) => n + total[b].sentences, 0);
  const words = MATCH_BANDS.reduce((n, b) => n + total[b].words, 0);
  const share = (n: number): string => `${words === 0 ? 0 : Math.round((100 * n) / words)}%`;
  const row = (label: string, s: number, w: number, pct: string): string => `  ${label.padEnd(14)}${String(s).padStart(9)}${String(w).padStart(9)}${pct.padStart(6)}`;
  return [
    `Matches:${'sentences'.padStart(17)}${'words'.padStart(9)}`,
    ...MATCH_BANDS.map((b) => row(b, analysis[b].sentences, analysis[b].words, share(analysis[b].words))),
    row('total', sentences, words, words === 0 ? '0%' : '100%'),
  ].join('\n');
}
