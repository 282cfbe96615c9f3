import { applyEdits } from '../edit-text.js';
import { fitCase } from '../fit-case.js';
import { placeholder, placeholderPattern } from './placeholder.js';
import type { EnforcementStrategy } from './strategy.js';

/**
 * Replaces each term by a placeholder and puts the English back after translation. Marian models
 * drop or mangle placeholders now and then; `restore` then fails and the segment is translated
 * again with `inline`.
 */
const mask: EnforcementStrategy = {
  prepare: (source, terms, also = []) => applyEdits(source, [...also, ...terms.map((t, i) => ({ start: t.start, end: t.end, replacement: placeholder(i) }))]).text,
  restore: (target, terms) => {
    const found = terms.map((t, i) =>
      [...target.matchAll(placeholderPattern(i))].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        replacement: fitCase(t.expected, target, m.index, t.case),
      })),
    );
    return found.every((edits) => edits.length > 0) ? applyEdits(target, found.flat()).text : undefined;
  },
  fallback: 'Placeholders did not survive translation; translated again with the terms inline',
};

export default mask;
