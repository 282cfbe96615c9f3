import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../glossary/edit-text.js';

describe('applyEdits', () => {
  it('applies edits in text order and says where each landed', () => {
    const edits = [
      { start: 10, end: 17, replacement: 'Liège' },
      { start: 4, end: 9, replacement: 'cargo airport' },
    ];
    const { text, placed } = applyEdits('Der Hafen Lüttich.', edits);
    expect(text).toBe('Der cargo airport Liège.');
    expect(placed.map((p) => text.slice(p.start, p.end))).toEqual(['cargo airport', 'Liège']);
  });

  it('drops an edit that overlaps an earlier one', () => {
    const { text, placed } = applyEdits('abcdef', [
      { start: 0, end: 3, replacement: 'X' },
      { start: 2, end: 4, replacement: 'Y' },
    ]);
    expect(text).toBe('Xdef');
    expect(placed).toHaveLength(1);
  });
});
