import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../pipeline/segmenter/index.js';
import { segmentRecords } from '../../pipeline/segmenter/records.js';
import { CASE_GROUPS } from './cases/index.js';

const seed = new URL('../../seeds/alibaba-liege-espionage.de.txt', import.meta.url);
const golden = new URL('./golden/alibaba-liege-espionage.json', import.meta.url);

describe.each(CASE_GROUPS.map((g) => [g.rule, g] as const))('segmentText: %s', (_rule, group) => {
  it.each(group.cases.map((c) => [c.text, c] as const))('%j', (_text, c) => {
    const paragraphs = segmentText(c.text);
    expect(paragraphs.flatMap((p) => p.segments.map((s) => s.source))).toEqual(c.segments);
    if (c.kinds) expect(paragraphs.flatMap((p) => p.segments.map(() => p.kind))).toEqual(c.kinds);
  });
});

describe('segmentText', () => {
  it('segments the example article as in the golden file', async () => {
    const text = await readFile(seed, 'utf8');
    const expected = JSON.parse(await readFile(golden, 'utf8'));
    expect(segmentRecords(segmentText(text))).toEqual(expected);
  });

  it('numbers paragraphs and segments by position across the document', () => {
    const paragraphs = segmentText('Titel\n\nEins. Zwei.\n\nDrei.');
    expect(paragraphs.map((p) => [p.id, p.segments.map((s) => s.id)])).toEqual([
      ['p0001', ['s0001']],
      ['p0002', ['s0002', 's0003']],
      ['p0003', ['s0004']],
    ]);
  });

  it('gives paragraphs the span from their first to their last segment', () => {
    const text = '  Der Fall.\n\n  Die Firma schweigt\n  dazu. Mehr nicht.  ';
    expect(segmentText(text).map((p) => text.slice(p.start, p.end))).toEqual(['Der Fall.', 'Die Firma schweigt\n  dazu. Mehr nicht.']);
  });

  it.each([
    ['-', false],
    ['•', false],
    ['12:07', false],
    ['05.10.2023', false],
    ['***', false],
    ['Stand: 05.10.2023', true],
    ['Ja.', true],
  ])('marks %j translatable: %s', (text, translatable) => {
    const [segment] = segmentText(text).flatMap((p) => p.segments);
    expect(segment?.source).toBe(text);
    expect(segment?.translatable).toBe(translatable);
  });

  it('splits lines of an unwrapped block into paragraphs', () => {
    const long = 'Die belgischen Sicherheitsbehörden gehen davon aus, dass von der Software ein Spionagerisiko ausgeht, sagte eine Person.';
    expect(segmentText(`${long}\n${long}`)).toHaveLength(2);
  });

  it('joins a hard-wrapped paragraph into one paragraph', () => {
    const paragraphs = segmentText('Der belgische Geheimdienst hat einem Medienbericht\nzufolge das Logistikzentrum überwacht. Die Firma\nbestreitet das.');
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]?.segments).toHaveLength(2);
  });
});
