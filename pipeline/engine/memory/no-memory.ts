import type { TranslationMemory } from './memory.js';

/** A memory that remembers nothing (`--no-memory`): every sentence goes to the model. */
export function noMemory(): TranslationMemory {
  return {
    location: 'none',
    recall: async (_model, sources) => sources.map(() => undefined),
    record: async () => undefined,
    fuzzy: async (_model, sources) => sources.map(() => []),
    stats: async () => ({ entries: 0, reviewed: 0, models: [] }),
    entries: async function* () {},
    recallReviews: async (sources) => sources.map(() => undefined),
    recordReviews: async () => undefined,
    forgetReviews: async () => undefined,
    reviews: async function* () {},
    clear: async () => ({ entries: 0, reviewed: 0 }),
    close: async () => undefined,
  };
}
