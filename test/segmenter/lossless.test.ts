import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionId } from '../../pipeline/core/doc.js';
import { segmentText } from '../../pipeline/segmenter/index.js';

/** Pieces that stress the rules: abbreviations, numbers, quotes, links, markers, emoji, odd whitespace. */
const TRICKY = [
  '.', '. ', '?', '!', '?!', '…', '...', ' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\r', '\u2028',
  'z. B.', 'z.B.', 'i. d. R.', 'Dr.', 'usw.', 'Mrd.', 'Jan.', 'u. a.', 'V.', 'XIV.',
  '„', '“', '"', '»', '«', '‚', '‘', '(', ')', '[', ']', '(!)', '(...)',
  '3.', '19.', '05.10.2023', '12:07 Uhr', '12.30', '1.234.567', '-3,5 °C', 'Platz 5.',
  'www.example.de', 'presse@example.de', 'https://x.de/a?B=c', 'Sitzung.Anschließend', 'gesagt.Im',
  'Stand: ', 'Berlin (dpa) - ', '1. ', '• ', '- ', 'Der', 'Die', 'die', 'Oktober', 'Ä', 'ß', 'a', 'A', '7',
  'ein(!)', '(sic!)', '(?)', '[6]', '[Anm. 1]', '¹', '👍', '👍🏽', '🇩🇪', '❤️', ':-)', '©', 'Beispiel!Eins@example.com',
  'des III.', '1.–3.', '18./19.', '1. -3.', 'Friedrich-Ebert-Str.', 'Dipl.-Psych.', 'Mo.–Fr.', 'der\n', 'Andere\n',
  '\nersten', '2. ', 'a) ', 'Punkte: ',
];

const trickyText = fc.array(fc.constantFrom(...TRICKY), { maxLength: 60 }).map((pieces) => pieces.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), trickyText);

function check(text: string): void {
  const paragraphs = segmentText(text);
  const segments = paragraphs.flatMap((p) => p.segments);
  // Rebuild the text from segments and the separators between them; separators are whitespace only.
  let rebuilt = '';
  let cursor = 0;
  for (const s of segments) {
    const separator = text.slice(cursor, s.start);
    expect(separator).toMatch(/^\s*$/u);
    expect(s.source).toBe(text.slice(s.start, s.end));
    expect(s.source.length).toBeGreaterThan(0);
    expect(s.source).toBe(s.source.trim());
    expect(s.translatable).toBe(/\p{L}/u.test(s.source));
    rebuilt += separator + s.source;
    cursor = s.end;
  }
  expect(text.slice(cursor)).toMatch(/^\s*$/u);
  expect(rebuilt + text.slice(cursor)).toBe(text);
  expect(segments.map((s) => s.id)).toEqual(segments.map((_, i) => positionId('s', i)));
  paragraphs.forEach((p, i) => {
    expect(p.id).toBe(positionId('p', i));
    expect(p.segments.length).toBeGreaterThan(0);
    expect([p.start, p.end]).toEqual([p.segments[0]!.start, p.segments.at(-1)!.end]);
  });
}

describe('segmentText is lossless', () => {
  it('on random text', () => {
    fc.assert(fc.property(anyText, check), { numRuns: 600 });
  });

  it('on adversarial German news fragments', () => {
    fc.assert(fc.property(trickyText, check), { numRuns: 1500 });
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(segmentText(text)).toEqual(segmentText(text));
      }),
      { numRuns: 200 },
    );
  });
});

describe('segmentText stays linear', () => {
  // A quadratic pass would take minutes on these; a linear one, well under the test timeout.
  it.each([
    ['a paragraph without punctuation', 'wort '.repeat(400_000)],
    ['one word without spaces', 'a'.repeat(2_000_000)],
    ['glued sentences in one word', 'ab.Cd'.repeat(200_000)],
    ['a run of periods', '.'.repeat(2_000_000)],
    ['periods between spaces', '. '.repeat(300_000)],
    ['a run of opening quotes', `${'„'.repeat(1_000_000)}a. B`],
    ['a link-like word with glued sentences', `https://x.de/${'ab.Cd'.repeat(100_000)}`],
    ['short lines', 'Kurz\n'.repeat(200_000)],
    ['lines ending in an article', 'der\n'.repeat(200_000)],
    ['lines continued in lower case', 'wort\n'.repeat(200_000)],
    ['numbered lines', '1. Ich\n'.repeat(200_000)],
    ['a run of emoji after a period', `Ende. ${'👍'.repeat(500_000)} Die`],
    ['emoji between spaces after periods', '. 👍 '.repeat(300_000)],
    ['spaces after a period', `Ende.${' '.repeat(2_000_000)}x`],
    ['a run of footnote markers', `Ende.${'[1]'.repeat(300_000)}¹ Die`],
    ['bracketed remarks', 'Das ist ein(!) Satz '.repeat(100_000)],
    ['a long bracket with exclamations', `(${'ja! '.repeat(500_000)})`],
  ])('on %s', (_name, text) => {
    const started = performance.now();
    const paragraphs = segmentText(text);
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
