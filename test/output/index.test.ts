import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, FORMATS, isFormat } from '../../output/index.js';

describe('output formats', () => {
  it('offers every review format under its --format name', () => {
    expect(FORMAT_NAMES).toEqual(['html', 'md', 'tmx', 'xliff', 'xliff2', 'jsonl', 'txt', 'article-md', 'article-html']);
  });

  it('gives each format its own file name suffix', () => {
    const suffixes = Object.values(FORMATS).map((f) => f.suffix);
    expect(new Set(suffixes).size).toBe(suffixes.length);
  });

  it.each([
    ['xliff', true],
    ['xliff2', true],
    ['xlf', false],
    ['toString', false],
  ])('isFormat(%s) is %s', (name, expected) => {
    expect(isFormat(name)).toBe(expected);
  });
});
