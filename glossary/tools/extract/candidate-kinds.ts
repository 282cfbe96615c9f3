/**
 * What makes a stretch of German look like a term, strongest first, with the weight its count is
 * multiplied by when candidates are ranked. Acronyms, names and quoted coinages are nearly always
 * glossary material; compounds often; a plain noun only when it recurs.
 */
export const CANDIDATE_KINDS = {
  acronym: { weight: 3, minCount: 1 },
  name: { weight: 3, minCount: 1 },
  quoted: { weight: 3, minCount: 1 },
  compound: { weight: 2, minCount: 1 },
  noun: { weight: 1, minCount: 2 },
} as const;

export type CandidateKind = keyof typeof CANDIDATE_KINDS;

const ORDER = Object.keys(CANDIDATE_KINDS) as CandidateKind[];

/** The strongest of `kinds`. */
export function strongestKind(kinds: Iterable<CandidateKind>): CandidateKind {
  return [...kinds].reduce((best, kind) => (ORDER.indexOf(kind) < ORDER.indexOf(best) ? kind : best));
}
