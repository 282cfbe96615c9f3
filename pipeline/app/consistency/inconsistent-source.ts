import { describePlaces, disagreements, type FolderCheck } from './folder-check.js';

/** One English sentence for two different German ones: one of them may be mistranslated. */
export default {
  id: 'inconsistent-source',
  severity: 'warning',
  run(places, report) {
    for (const [place, others] of disagreements(places, (p) => p.target, (p) => p.source)) {
      const found = [...others].map(([german, at]) => `\`${german}\` in ${describePlaces(at)}`);
      report(place, `Same English translates other German elsewhere: ${found.join('; ')}; expected different English for different German`);
    }
  },
} satisfies FolderCheck;
