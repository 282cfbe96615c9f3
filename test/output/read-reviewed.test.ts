import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../output/index.js';
import { readReviewedFile } from '../../output/read-reviewed.js';
import { RENDER_OPTIONS } from './review-doc.js';
import { reviewedDoc, unitsOf, withoutLines } from './reviewed-units.js';

describe('readReviewedFile', () => {
  it.each(['xliff', 'xliff2', 'tmx', 'jsonl'] as const)('reads %s by its contents, under any name and after a byte order mark', (format) => {
    const text = `\uFEFF${FORMATS[format].render(reviewedDoc(), RENDER_OPTIONS)}`;
    expect(withoutLines(readReviewedFile(text, 'renamed-by-a-tool.xml'))).toEqual({ article: 'review-doc', units: unitsOf(reviewedDoc()) });
  });

  it.each([
    ['another XML file', '<?xml version="1.0"?>\n<html/>', 'f.xml:2: <html>: Lektor imports reviews from XLIFF 1.2 or 2.x, TMX and JSONL'],
    ['an XLIFF version it does not know', '<xliff version="3.0"/>', 'f.xml:1: XLIFF version "3.0": Lektor imports reviews from XLIFF 1.2 or 2.x, TMX and JSONL'],
    ['a file that is not XML', 'plain text', 'f.xml: not valid XML: missing root element'],
  ])('%s is one line naming the file', (_name, text, message) => {
    expect(() => readReviewedFile(text, 'f.xml')).toThrow(message);
  });
});
