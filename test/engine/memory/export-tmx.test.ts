import { describe, expect, it } from 'vitest';
import type { MemoryEntry, ReviewEntry } from '../../../pipeline/engine/memory/memory.js';
import { SAMPLE_REVIEW } from '../../helpers/sample-review.js';
import { exportTmx } from '../../../pipeline/engine/memory/export-tmx.js';
import { HAVE_SCHEMAS, SCHEMAS_NOTE, tempFile, xmllint } from '../../output/external-tools.js';

const entry: MemoryEntry = {
  model: 'Xenova/opus-mt-de-en',
  dtype: 'q8',
  decoding: '{"do_sample":false,"num_beams":1}',
  source: 'Der Verdacht: Mögliche Spionage.',
  target: 'The suspicion: possible espionage.',
  origin: 'model',
  createdAt: '2023-10-05T12:07:00.000Z',
  tool: 'lektor 0.1.0',
};

const review: ReviewEntry = { ...SAMPLE_REVIEW, target: 'The suspicion: possible spying.', draft: 'The suspicion: possible espionage.', createdAt: '2026-11-30T09:15:00.000Z' };

async function* from<T>(entries: readonly T[]): AsyncGenerator<T> {
  yield* entries;
}

async function tmxOf(entries: readonly MemoryEntry[], reviews: readonly ReviewEntry[] = []): Promise<string> {
  let text = '';
  for await (const chunk of exportTmx(from(reviews), from(entries), '0.1.0')) text += chunk;
  return text;
}

describe('exportTmx', () => {
  it('writes one <tu> per entry with its key as x-lektor props', async () => {
    expect(await tmxOf([entry])).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="Lektor" creationtoolversion="0.1.0" segtype="sentence" o-tmf="Lektor translation memory" adminlang="en" srclang="de" datatype="plaintext"/>
  <body>
    <tu creationdate="20231005T120700Z" creationtool="Lektor">
      <prop type="x-lektor-model">Xenova/opus-mt-de-en</prop>
      <prop type="x-lektor-dtype">q8</prop>
      <prop type="x-lektor-decoding">{"do_sample":false,"num_beams":1}</prop>
      <prop type="x-lektor-origin">model</prop>
      <prop type="x-lektor-tool">lektor 0.1.0</prop>
      <tuv xml:lang="de">
        <seg>Der Verdacht: Mögliche Spionage.</seg>
      </tuv>
      <tuv xml:lang="en">
        <seg>The suspicion: possible espionage.</seg>
      </tuv>
    </tu>
  </body>
</tmx>
`);
  });

  it('writes the reviews first, dated when they were reviewed, with their draft and model input', async () => {
    const tmx = await tmxOf([entry], [review, { ...review, source: 'In Lüttich.', modelInput: 'In Liège.', target: 'In Liège.', draft: 'In Liege.' }]);
    expect(tmx).toContain(`    <tu creationdate="20261130T091500Z" creationtool="Lektor">
      <prop type="x-lektor-origin">review</prop>
      <prop type="x-lektor-draft">The suspicion: possible espionage.</prop>
      <prop type="x-lektor-tool">lektor 0.1.0</prop>
      <tuv xml:lang="de">
        <seg>Der Verdacht: Mögliche Spionage.</seg>
      </tuv>
      <tuv xml:lang="en">
        <seg>The suspicion: possible spying.</seg>
      </tuv>
    </tu>`);
    expect(tmx).toContain('<prop type="x-lektor-model-input">In Liège.</prop>');
    expect(tmx.indexOf('possible spying')).toBeLessThan(tmx.indexOf('x-lektor-model">'));
  });

  it('yields a piece per entry, so a large memory streams', async () => {
    const chunks: string[] = [];
    for await (const chunk of exportTmx(from<ReviewEntry>([]), from([entry, { ...entry, source: 'Ja.', target: 'Yes.' }]), '0.1.0')) chunks.push(chunk);
    expect(chunks).toHaveLength(3);
    expect(chunks[1]).toContain('<seg>Ja.</seg>');
  });

  it('keeps ampersands and entity look-alikes as text, and drops XML-illegal characters with a note', async () => {
    const tmx = await tmxOf([{ ...entry, source: 'AT&T &amp; Co\u0007.', target: 'AT&T & Co.' }]);
    expect(tmx).toContain('<seg>AT&amp;T &amp;amp; Co.</seg>');
    expect(tmx).toContain('<note>Lektor removed 1 XML-illegal control character from this segment.</note>');
  });

  it(`is valid TMX 1.4${SCHEMAS_NOTE}`, async ({ skip }) => {
    if (!HAVE_SCHEMAS) skip();
    const file = await tempFile('memory.tmx', await tmxOf([entry, { ...entry, source: 'AT&T <b>\u0001', target: '"x" & y' }]));
    const result = xmllint(file, 'tmx');
    expect(result.output).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  it(`writes an empty memory as a valid TMX with an empty body${SCHEMAS_NOTE}`, async ({ skip }) => {
    if (!HAVE_SCHEMAS) skip();
    const tmx = await tmxOf([]);
    expect(tmx).toContain('<body/>');
    expect(xmllint(await tempFile('empty.tmx', tmx), 'tmx').status).toBe(0);
  });
});
