import stopword from 'stopword';
import { segmentsOf, type LektorDoc, type Segment } from '../../../pipeline/core/doc.js';
import { createTermMatcher } from '../../match.js';
import type { Glossary } from '../../types.js';
import { splitWords } from '../../words.js';
import { claimingGlossary, createClaimant } from '../source-claims.js';
import { buildTermAlone } from '../term-alone.js';
import { CANDIDATE_KINDS, strongestKind, type CandidateKind } from './candidate-kinds.js';
import { contextLine } from './context-line.js';
import { scanSegment, type NameRun, type ScanLexicon, type Spotted } from './scan-segment.js';

/** A German expression the glossary does not have yet, with the evidence for it. */
export interface Candidate {
  /** The headword: the shortest form seen, nominative where a genitive article showed the case. */
  readonly text: string;
  readonly kind: CandidateKind;
  /** `count` × the kind's weight: the ranking key. */
  readonly score: number;
  /** Occurrences in all articles, every form counted. */
  readonly count: number;
  /** Names of the articles it occurs in, in input order. */
  readonly articles: readonly string[];
  /** The sentence of its first occurrence, on one line. */
  readonly context: string;
}

export interface ExtractOptions {
  /** What the glossary has (approved or proposed) is not a candidate. */
  readonly glossary?: Glossary;
}

interface Occurrence {
  readonly kinds: ReadonlySet<CandidateKind>;
  readonly lemma: string;
  readonly article: string;
  readonly context: string;
}

interface Scanned {
  readonly article: string;
  readonly segment: Segment;
  readonly spotted: readonly Spotted[];
  readonly runs: readonly NameRun[];
}

/**
 * Ranks what in the articles looks like a term and is not yet in the glossary: acronyms, names,
 * quoted expressions, hyphenated compounds and recurring nouns. Forms of one word count together,
 * grouped the way the translation matcher would match them once the word is an entry.
 */
export function extractCandidates(docs: readonly LektorDoc[], options: ExtractOptions = {}): Candidate[] {
  const segments = docs.flatMap((doc) => segmentsOf(doc).filter((s) => s.translatable).map((segment) => ({ article: doc.meta.name, segment })));
  const lexicon = lexiconOf(segments.map((s) => s.segment.source));
  const known = options.glossary ? createTermMatcher(claimingGlossary(options.glossary.terms)) : undefined;
  const scanned = segments.map(({ article, segment }): Scanned => ({ article, segment, ...scanSegment(segment.source, lexicon) }));
  const isName = exclusiveRuns(scanned);
  const occurrences = scanned.flatMap(({ article, segment, spotted, runs }) =>
    longestFirst([...spotted, ...runs.filter(isName)], known?.(segment.source) ?? []).map((o) => ({ ...o, article, context: contextLine(segment.source, o.start, o.end) })),
  );
  return rank(groupByHeadword(occurrences));
}

function lexiconOf(sources: readonly string[]): ScanLexicon {
  const lowercase = new Set(sources.flatMap((s) => splitWords(s).map((w) => w.core).filter((c) => /^\p{Ll}/u.test(c))));
  return { functionWords: new Set(stopword.deu), lowercase };
}

/**
 * A run of capitalised words is a name when its words occur only inside it (`Financial Times`).
 * A genitive of a word that occurs on its own (`Chinas` beside `China`) makes it a phrase instead.
 */
function exclusiveRuns(scanned: readonly Scanned[]): (run: NameRun) => boolean {
  const words = new Map<string, number>();
  const runs = new Map<string, number>();
  for (const { segment, spotted, runs: found } of scanned) {
    for (const s of spotted) if (s.kind === 'noun') increment(words, segment.source.slice(s.start, s.end));
    for (const run of found) increment(runs, run.lemma);
  }
  const genitiveOfAWord = (w: string) => w.endsWith('s') && words.has(w.slice(0, -1));
  return (run) => run.words.every((w) => words.get(w) === runs.get(run.lemma) && !genitiveOfAWord(w));
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * One occurrence per stretch of text: the longest spotted wins, as in the matcher, and what is
 * spotted twice on the same stretch (a quoted compound) keeps both kinds. Nothing the glossary
 * already covers survives.
 */
function longestFirst(spotted: readonly Spotted[], covered: readonly { start: number; end: number }[]): (Spotted & { kinds: Set<CandidateKind> })[] {
  const bySpan = new Map<string, Spotted & { kinds: Set<CandidateKind> }>();
  for (const s of spotted) {
    const key = `${s.start}:${s.end}`;
    const same = bySpan.get(key);
    if (same) same.kinds.add(s.kind);
    else bySpan.set(key, { ...s, kinds: new Set([s.kind]) });
  }
  const kept: (Spotted & { kinds: Set<CandidateKind> })[] = [];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  for (const o of [...bySpan.values()].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => overlaps(k, o)) && !covered.some((c) => overlaps(c, o))) kept.push(o);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Groups forms under one headword with the translation matcher: each distinct form is tried as a
 * `dnt` entry, shortest first, and a form goes to the first entry that would match all of it.
 */
function groupByHeadword(occurrences: readonly Occurrence[]): Map<string, Occurrence[]> {
  const lemmas = [...new Set(occurrences.map((o) => o.lemma))].sort((a, b) => a.length - b.length || compare(a, b));
  const claimant = createClaimant(lemmas.map((lemma) => {
    const built = buildTermAlone({ source: lemma, dnt: true }, 0);
    return 'term' in built ? built.term : undefined;
  }));
  const headwordOf = new Map(lemmas.map((lemma, i) => [lemma, lemmas[claimant(lemma) ?? i]!]));
  const groups = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const headword = headwordOf.get(o.lemma)!;
    groups.set(headword, [...(groups.get(headword) ?? []), o]);
  }
  return groups;
}

function rank(groups: ReadonlyMap<string, readonly Occurrence[]>): Candidate[] {
  const candidates = [...groups].map(([text, found]): Candidate => {
    const kind = strongestKind(found.flatMap((o) => [...o.kinds]));
    return { text, kind, score: found.length * CANDIDATE_KINDS[kind].weight, count: found.length, articles: [...new Set(found.map((o) => o.article))], context: found[0]!.context };
  });
  return candidates
    .filter((c) => c.count >= CANDIDATE_KINDS[c.kind].minCount)
    .sort((a, b) => b.score - a.score || CANDIDATE_KINDS[b.kind].weight - CANDIDATE_KINDS[a.kind].weight || compare(a.text, b.text));
}

// Code-point order: the same bytes on every machine, whatever its locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
