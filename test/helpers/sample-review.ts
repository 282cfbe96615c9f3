import type { ReviewEntry } from '../../pipeline/engine/memory/memory.js';

/** A reviewer's correction of the example article's second sentence, as the memory keeps it. */
export const SAMPLE_REVIEW: ReviewEntry = {
  source: 'Der Verdacht: Mögliche Spionage.',
  modelInput: null,
  target: 'The suspicion: possible spying.',
  draft: 'The suspicion: Possible espionage.',
  createdAt: '2026-11-30T09:00:00.000Z',
  tool: 'lektor 0.1.0',
};
