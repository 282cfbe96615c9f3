import type { FolderCheck, Place } from '../../../pipeline/app/consistency/folder-check.js';

/** A sentence of a folder, as the folder checks see it. */
export function place(article: string, segment: string, source: string, target: string, reviewed = false): Place {
  return { article, segment, source, target, reviewed };
}

/** What `check` reports over `places`: `article segment` and the message, in report order. */
export function findings(check: FolderCheck, places: readonly Place[]): [string, string][] {
  const found: [string, string][] = [];
  check.run(places, (p, message) => found.push([`${p.article} ${p.segment}`, message]));
  return found;
}
