import type { Severity } from '../../core/doc.js';
import type { FolderCheckId } from '../../checks/index.js';

/** A translated sentence of the output folder, as the folder checks compare it. */
export interface Place {
  /** The article's name. */
  readonly article: string;
  /** Segment id, `s0001`. */
  readonly segment: string;
  /** The German as the translation memory keys it (`reviewKey`): the same words, however wrapped. */
  readonly source: string;
  /** The English, whitespace folded likewise. */
  readonly target: string;
  /** Whether a person reviewed the English: the one to follow. */
  readonly reviewed: boolean;
}

/**
 * A QA check over every translated sentence of an output folder: the `Check` of
 * `pipeline/checks/` for what only the whole folder shows. One file per check in this folder,
 * named after its id (registered in `FOLDER_CHECK_IDS`).
 */
export interface FolderCheck {
  readonly id: FolderCheckId;
  /** Default severity; an article's `qa.severity` overrides it for its own sentences. */
  readonly severity: Severity;
  /** Looks at the folder's sentences, in article and sentence order, and reports; never throws for content. */
  run(places: readonly Place[], report: (place: Place, message: string) => void): void;
}

/** At most this many places are named for one English (or German); the rest are counted. */
const NAMED = 3;

/** `b s0003 (reviewed), c s0002 and 2 more`: where, and which were reviewed. */
export function describePlaces(places: readonly Place[]): string {
  const named = places.slice(0, NAMED).map((p) => `${p.article} ${p.segment}${p.reviewed ? ' (reviewed)' : ''}`);
  const more = places.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

function groupBy(places: readonly Place[], key: (place: Place) => string): Map<string, Place[]> {
  const groups = new Map<string, Place[]>();
  for (const place of places) {
    const group = groups.get(key(place));
    if (group) group.push(place);
    else groups.set(key(place), [place]);
  }
  return groups;
}

/**
 * Each place whose `key` it shares with places of another `value`, with those places grouped by
 * their value (in order of appearance); places that agree with all their kind are left out.
 */
export function disagreements(places: readonly Place[], key: (place: Place) => string, value: (place: Place) => string): Map<Place, Map<string, Place[]>> {
  const found = new Map<Place, Map<string, Place[]>>();
  for (const same of groupBy(places, key).values()) {
    const byValue = groupBy(same, value);
    if (byValue.size < 2) continue;
    for (const [own, agreeing] of byValue) {
      const others = new Map([...byValue].filter(([v]) => v !== own));
      for (const place of agreeing) found.set(place, others);
    }
  }
  return found;
}
