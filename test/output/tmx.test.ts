import { describe, expect, it } from 'vitest';
import { segmentsOf } from '../../pipeline/core/doc.js';
import render from '../../output/tmx.js';
import { makeDoc } from '../helpers/make-doc.js';
import { HAVE_SCHEMAS, python, SCHEMAS_NOTE, tempFile, xmllint } from './external-tools.js';
import { markupDoc } from './markup-doc.js';
import { RENDER_OPTIONS, reviewDoc } from './review-doc.js';

const READ_TMX = `
import json, sys
from translate.storage import tmx
store = tmx.tmxfile.parsefile(sys.argv[1])
print(json.dumps([[u.source, u.target] for u in store.units]))
`;

/** XML-illegal controls, markup and entity-shaped text, which must all arrive as plain text. */
const controlDoc = makeDoc([{ segments: [{ source: 'Steuer\u0001zeichen\u0007 „ok“ 😀 <b>&amp;</b> &nbsp; &#123;', target: 'Control\u000Bcharacters "ok" 😀 <b>&amp;</b> &nbsp; &#123;' }] }], 'control');

describe('tmx', () => {
  it('writes one <tu> per segment with the article and segment id as properties', () => {
    const tmx = render(reviewDoc(), RENDER_OPTIONS);
    expect(tmx.match(/<tu>/g)).toHaveLength(segmentsOf(reviewDoc()).length);
    expect(tmx).toContain('<prop type="x-lektor-article">review-doc</prop>');
    expect(tmx).toContain('<prop type="x-lektor-segment">s0004</prop>');
    expect(tmx).toContain('creationtool="Lektor" creationtoolversion="0.1.0"');
    expect(tmx).toContain('srclang="de"');
    expect(tmx).toContain('creationdate="20231005T120700Z"');
  });

  it('keeps only the German <tuv> of a segment that has no target', () => {
    const tmx = render(reviewDoc(), RENDER_OPTIONS);
    const last = tmx.slice(tmx.lastIndexOf('<tu>'));
    expect(last).toContain('<tuv xml:lang="de">');
    expect(last).not.toContain('<tuv xml:lang="en">');
  });

  it('removes XML-illegal characters and says so in a note', () => {
    const tmx = render(controlDoc, RENDER_OPTIONS);
    expect(tmx).not.toMatch(/[\u0001\u0007\u000B]/);
    expect(tmx).toContain('<note>Lektor removed 3 XML-illegal control characters from this segment.</note>');
    expect(tmx).toContain('<seg>Steuerzeichen „ok“ 😀 &lt;b&gt;&amp;amp;&lt;/b&gt; &amp;nbsp; &amp;#123;</seg>');
  });

  it('gives the same bytes for the same document', () => {
    expect(render(reviewDoc(), RENDER_OPTIONS)).toBe(render(reviewDoc(), RENDER_OPTIONS));
  });

  it('writes inline markup as <bpt>/<ept> and <ph> holding the markup as written, numbered alike in both languages', () => {
    const tmx = render(markupDoc(), RENDER_OPTIONS);
    expect(tmx).toContain(
      '<seg>According to <bpt i="1" x="1" type="link">&lt;a href="https://example.org/?a=1&amp;amp;b=2" onclick="alert(1)"&gt;</bpt><bpt i="2" x="2" type="italic">&lt;em&gt;</bpt>initial<ept i="2">&lt;/em&gt;</ept> reports<ept i="1">&lt;/a&gt;</ept>, <ph x="3" type="x-code">&lt;code&gt;rm -rf&lt;/code&gt;</ph> was run<ph x="4" type="lb">&lt;br&gt;</ph>.</seg>',
    );
    expect(tmx).toContain('<seg>Er sagte: <it pos="begin" x="1" type="italic">&lt;i&gt;</it>Wir kommen.</seg>');
    expect(tmx).toContain('<seg>Soon.<it pos="end" x="1" type="italic">&lt;/i&gt;</it></seg>');
  });

  describe.skipIf(!HAVE_SCHEMAS)(`against the TMX 1.4 DTD and translate-toolkit${SCHEMAS_NOTE}`, () => {
    it.each([
      ['the review document', reviewDoc()],
      ['a document with control characters', controlDoc],
      ['a document with inline markup', markupDoc()],
    ])('%s is valid TMX', async (_name, doc) => {
      const file = await tempFile('doc.tmx', render(doc, RENDER_OPTIONS));
      const { status, output } = xmllint(file, 'tmx');
      expect(output).not.toMatch(/error|does not|not valid/i);
      expect(status).toBe(0);
    });

    it('translate-toolkit reads back the same segment pairs', async () => {
      const doc = reviewDoc();
      const file = await tempFile('doc.tmx', render(doc, RENDER_OPTIONS));
      const pairs = python<[string, string | null][]>(READ_TMX, file);
      expect(pairs).toEqual(segmentsOf(doc).map((s) => [s.source, s.target ?? null]));
    });

    it('translate-toolkit reads markup and entity-shaped text back as the text it was', async () => {
      const file = await tempFile('doc.tmx', render(controlDoc, RENDER_OPTIONS));
      expect(python(READ_TMX, file)).toEqual([
        ['Steuerzeichen „ok“ 😀 <b>&amp;</b> &nbsp; &#123;', 'Controlcharacters "ok" 😀 <b>&amp;</b> &nbsp; &#123;'],
      ]);
    });
  });
});
