import stopword from 'stopword';
import { findEnglish } from '../../english.js';
import type { TermMatcher } from '../../match.js';
import { splitWords } from '../../words.js';
import { germanUnits, lexiconOf, type GermanUnit } from './german-units.js';
import { articlesOf, compare, englishKey, exampleOf, EXAMPLES, type Example, type ReviewedSentence } from './reviewed-sentence.js';
import { wordChanges } from './word-changes.js';

/** A German term and the English reviewers keep putting in for it. */
export interface Proposal {
  /** The German headword. */
  readonly source: string;
  /** The English, as reviewers wrote it most often. */
  readonly target: string;
  /** Reviewed sentences holding the German where a reviewer put this English in place of the model's. */
  readonly sentences: number;
  /** Their articles, in the order given. */
  readonly articles: readonly string[];
  readonly examples: readonly Example[];
  /** Other English reviewers put in for the same German as often as `min` allows, most first. */
  readonly alternatives: readonly { readonly target: string; readonly sentences: number }[];
}

interface Insertion {
  readonly sentence: number;
  /** The English as written there. */
  readonly text: string;
  /** What it replaced in the draft. */
  readonly removed: string;
}

interface Aligned {
  readonly key: string;
  readonly english: readonly Insertion[];
}

const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(stopword.eng);

/**
 * English that reviewers put in place of the model's in at least `min` sentences, aligned to the
 * German those sentences share: for each such English, the German stem found in most of them wins,
 * then the one the model copied into the draft untranslated, then the one found least elsewhere
 * (Dice over all reviewed sentences), then the longer. Sentences it explains are set aside and the
 * rest tried again, so one English may render several German words.
 */
export function findProposals(sentences: readonly ReviewedSentence[], min: number, known?: TermMatcher): Proposal[] {
  const lexicon = lexiconOf(sentences);
  const units = sentences.map((s) => new Map(germanUnits(s, lexicon, known).map((u) => [u.key, u])));
  const withUnit = new Map<string, Set<number>>();
  units.forEach((found, k) => {
    for (const key of found.keys()) withUnit.set(key, (withUnit.get(key) ?? new Set()).add(k));
  });
  const aligned = [...insertionsByEnglish(sentences)].flatMap(([, insertions]) => align(insertions, units, withUnit, min));
  const byGerman = new Map<string, Aligned[]>();
  for (const a of aligned) byGerman.set(a.key, [...(byGerman.get(a.key) ?? []), a]);
  return [...byGerman.values()].map((found) => proposalOf(found, sentences, units)).sort(
    (a, b) => b.sentences - a.sentences || b.articles.length - a.articles.length || compare(a.source, b.source) || compare(a.target, b.target),
  );
}

/**
 * Each sentence's replacements of the model's words by English with a content word, grouped by that
 * English. A replacement of a glossary entry's English is left to the disputed entries.
 */
function insertionsByEnglish(sentences: readonly ReviewedSentence[]): Map<string, Insertion[]> {
  const groups = new Map<string, Insertion[]>();
  sentences.forEach((s, sentence) => {
    const enforced = s.terms.flatMap((hit) => findEnglish(s.draft, hit.expected, 'insensitive'));
    for (const change of wordChanges(s.draft, s.review)) {
      if (change.removed === '' || enforced.some((span) => change.draftStart < span.end && span.start < change.draftEnd)) continue;
      if (!splitWords(change.inserted).some((w) => /\p{L}/u.test(w.core) && !ENGLISH_FUNCTION_WORDS.has(w.core.toLowerCase()))) continue;
      const key = englishKey(change.inserted);
      const group = groups.get(key) ?? [];
      if (!group.some((i) => i.sentence === sentence)) groups.set(key, [...group, { sentence, text: change.inserted, removed: change.removed }]);
    }
  });
  return groups;
}

function align(insertions: readonly Insertion[], units: readonly ReadonlyMap<string, GermanUnit>[], withUnit: ReadonlyMap<string, ReadonlySet<number>>, min: number): Aligned[] {
  const found: Aligned[] = [];
  let rest = insertions;
  while (rest.length >= min) {
    const best = [...new Set(rest.flatMap((i) => [...units[i.sentence]!.keys()]))]
      .map((key) => {
        const holding = rest.filter((i) => units[i.sentence]!.has(key));
        const copied = holding.filter((i) => i.removed.toLowerCase().includes(units[i.sentence]!.get(key)!.text.toLowerCase())).length;
        const dice = (2 * holding.length) / (insertions.length + withUnit.get(key)!.size);
        return { key, holding, copied, dice, words: units[holding[0]!.sentence]!.get(key)!.words };
      })
      .sort((a, b) => b.holding.length - a.holding.length || b.copied - a.copied || b.dice - a.dice || b.words - a.words || compare(a.key, b.key))[0];
    if (!best || best.holding.length < min) break;
    found.push({ key: best.key, english: best.holding });
    rest = rest.filter((i) => !best.holding.includes(i));
  }
  return found;
}

/** The German's strongest English is the proposal; the others are its alternatives. */
function proposalOf(found: readonly Aligned[], sentences: readonly ReviewedSentence[], units: readonly ReadonlyMap<string, GermanUnit>[]): Proposal {
  const [best, ...others] = [...found].sort((a, b) => b.english.length - a.english.length || compare(mostCommon(a.english.map((i) => i.text)), mostCommon(b.english.map((i) => i.text))));
  const evidence = best!.english.map((i) => sentences[i.sentence]!);
  return {
    source: mostCommon(best!.english.map((i) => units[i.sentence]!.get(best!.key)!.lemma)),
    target: mostCommon(best!.english.map((i) => i.text)),
    sentences: evidence.length,
    articles: articlesOf(evidence),
    examples: evidence.slice(0, EXAMPLES).map(exampleOf),
    alternatives: others.map((a) => ({ target: mostCommon(a.english.map((i) => i.text)), sentences: a.english.length })),
  };
}

/** The form written most often; among equals the shortest, then the first in code-point order. */
function mostCommon(forms: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const f of forms) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].sort(([a, m], [b, n]) => n - m || a.length - b.length || compare(a, b))[0]![0];
}
