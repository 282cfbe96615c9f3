import { describePlaces, disagreements, type FolderCheck, type Place } from './folder-check.js';

function expected(place: Place, others: readonly Place[]): string {
  const otherReviewed = others.some((p) => p.reviewed);
  if (place.reviewed) return otherReviewed ? 'expected the reviewers to agree on one English' : 'expected the others to follow this reviewed English';
  return otherReviewed ? 'expected the reviewed English' : 'expected one English for the same German';
}

/** The same German sentence translated differently in two places of the folder. */
export default {
  id: 'inconsistent-target',
  severity: 'warning',
  run(places, report) {
    for (const [place, others] of disagreements(places, (p) => p.source, (p) => p.target)) {
      const found = [...others].map(([english, at]) => `\`${english}\` in ${describePlaces(at)}`);
      report(place, `Same German has other English elsewhere: ${found.join('; ')}; ${expected(place, [...others.values()].flat())}`);
    }
  },
} satisfies FolderCheck;
