import type { ModelIdentity } from '../../models/translator.js';
import type { FuzzyConfig } from '../config.js';
import { mapSegments, segmentsOf, type MemoryMatch, type Segment } from '../core/doc.js';
import { adaptNumbers } from '../engine/memory/adapt-numbers.js';
import { byRank } from '../engine/memory/fuzzy.js';
import type { TranslationMemory } from '../engine/memory/memory.js';
import type { Stage } from './stage.js';

export interface RecallMatchesOptions {
  /** Where the earlier sentences are: the translation memory. */
  readonly memory: Pick<TranslationMemory, 'fuzzy'>;
  /** The run's model: its own machine entries are matches besides the reviews. */
  readonly model: ModelIdentity;
  readonly fuzzy: FuzzyConfig;
}

/**
 * Before translation: each sentence still without English gets the memory's fuzzy matches, best
 * first. One whose best match is a person's review of a sentence that differed only in numbers
 * gets that English with its own numbers put in place (origin `memory-adapted`; the
 * `memory-adapted` check flags it for the reviewer, and the `numbers` check runs on it as on any);
 * the rest go to the model, their matches with them. A sentence with inline markup is not
 * adapted: the markup's place in the English is the model's to find.
 */
export default function recallMatches(options: RecallMatchesOptions): Stage {
  if (!options.memory) throw new TypeError('recallMatches: options.memory is required');
  if (!options.model) throw new TypeError('recallMatches: options.model is required');
  const { threshold, limit } = options.fuzzy;
  return async (doc) => {
    const open = segmentsOf(doc).filter((s) => s.target === undefined && s.translatable);
    if (open.length === 0 || limit === 0) return doc;
    // The model's entries are stored under what the model was given (`modelInput`, the glossary's
    // inline terms in place), reviews under the German: a sentence whose input differs is looked
    // up both ways, or a repeat of it would rank below 100% against its own earlier translation.
    const inputs = open.filter((s) => s.modelInput !== undefined && s.modelInput !== s.source);
    const found = await options.memory.fuzzy(options.model, [...open.map((s) => s.source), ...inputs.map((s) => s.modelInput as string)], { threshold, limit });
    const byInput = new Map(inputs.map((s, i) => [s.id, found[open.length + i] ?? []]));
    const matches = new Map<string, readonly MemoryMatch[]>();
    open.forEach((s, i) => {
      const own = mergeMatches(found[i] ?? [], byInput.get(s.id) ?? [], limit);
      if (own.length > 0) matches.set(s.id, own);
    });
    if (matches.size === 0) return doc;
    return mapSegments(doc, (s): Segment => {
      const own = matches.get(s.id);
      if (!own) return s;
      const best = own[0] as MemoryMatch;
      const adapted = best.origin === 'review' && !s.marks?.length ? adaptNumbers(s.source, best) : undefined;
      return adapted === undefined ? { ...s, matches: own } : { ...s, matches: own, target: adapted, origin: 'memory-adapted' };
    });
  };
}

/** Both lookups' matches, one per memory entry at its higher similarity, ranked as the memory ranks them. */
function mergeMatches(bySource: readonly MemoryMatch[], byInput: readonly MemoryMatch[], limit: number): MemoryMatch[] {
  if (byInput.length === 0) return [...bySource];
  const best = new Map<string, MemoryMatch>();
  for (const match of [...bySource, ...byInput]) {
    const key = `${match.origin}\0${match.source}\0${match.target}`;
    const seen = best.get(key);
    if (!seen || match.similarity > seen.similarity) best.set(key, match);
  }
  return [...best.values()].sort(byRank).slice(0, limit);
}
