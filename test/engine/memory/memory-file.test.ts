import { describe, expect, it } from 'vitest';
import { memoryFile } from '../../../pipeline/engine/memory/memory-file.js';

describe('memoryFile', () => {
  it.each([
    [undefined, 'translations', '/work/translations/lektor-memory.sqlite'],
    [undefined, '/out', '/out/lektor-memory.sqlite'],
    ['shared.sqlite', 'translations', '/work/shared.sqlite'],
    ['/srv/lektor/memory.sqlite', 'translations', '/srv/lektor/memory.sqlite'],
  ])('--memory %s with --out %s → %s', (memory, outDir, file) => {
    expect(memoryFile(memory, outDir, '/work')).toBe(file);
  });
});
