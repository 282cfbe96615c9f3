import { describe, expect, it } from 'vitest';
import { segmentsOf } from '../../pipeline/core/doc.js';
import render from '../../output/xliff2.js';
import { makeDoc } from '../helpers/make-doc.js';
import { HAVE_SCHEMAS, SCHEMAS_NOTE, tempFile, xmllint } from './external-tools.js';
import { markupDoc } from './markup-doc.js';
import { matchesDoc, RENDER_OPTIONS, reviewDoc } from './review-doc.js';

const controlDoc = makeDoc([{ segments: [{ source: 'Zeile\u0008 „ä“ 😀 &amp;', target: 'Line\u0000 "ä" 😀 &amp;' }] }], 'control');

function unitOf(xliff: string, id: string): string {
  const start = xliff.indexOf(`<unit id="${id}"`);
  return xliff.slice(start, xliff.indexOf('</unit>', start));
}

describe('xliff2 (XLIFF 2.1)', () => {
  it('writes one <unit> per segment, grouped by paragraph', () => {
    const xliff = render(reviewDoc(), RENDER_OPTIONS);
    expect(xliff.match(/<unit /g)).toHaveLength(segmentsOf(reviewDoc()).length);
    expect(xliff).toContain('version="2.1" srcLang="de" trgLang="en"');
    expect(xliff).toContain('<group id="p0002" type="lektor:dateline">');
    expect(xliff).toContain('<note category="lektor" priority="10">Created by Lektor 0.1.0 on 2023-10-05T12:07:00.000Z</note>');
  });

  it.each([
    ['s0001', 'translated', 'a clean segment'],
    ['s0004', 'initial', 'a QA warning'],
    ['s0005', 'initial', 'a missing term'],
    ['s0006', 'initial', 'no target'],
  ])('%s has state="%s" (%s)', (id, state) => {
    expect(unitOf(render(reviewDoc(), RENDER_OPTIONS), id)).toContain(`<segment state="${state}">`);
  });

  it('lists the unit’s terms in the glossary module, with the note as definition', () => {
    const unit = unitOf(render(reviewDoc(), RENDER_OPTIONS), 's0003');
    expect(unit).toContain(
      [
        '<gls:glossEntry>',
        '            <gls:term source="news-de-en">Spionage</gls:term>',
        '            <gls:translation source="news-de-en">espionage</gls:translation>',
        '            <gls:definition source="news-de-en">Not "spying".</gls:definition>',
        '          </gls:glossEntry>',
      ].join('\n'),
    );
    expect(unit.match(/<gls:glossEntry>/g)).toHaveLength(2);
    expect(unitOf(render(reviewDoc(), RENDER_OPTIONS), 's0004')).not.toContain('gls:glossary');
  });

  it('puts QA flags in notes', () => {
    expect(unitOf(render(reviewDoc(), RENDER_OPTIONS), 's0004')).toContain('<note category="qa" priority="2">[warning] numbers: Number `05.10.2023` missing in target</note>');
  });

  it('removes XML-illegal characters and says so in a note', () => {
    const unit = unitOf(render(controlDoc, RENDER_OPTIONS), 's0001');
    expect(unit).toContain('<source>Zeile „ä“ 😀 &amp;amp;</source>');
    expect(unit).toContain('<note category="xml" priority="1">Lektor removed 2 XML-illegal control characters from this segment.</note>');
  });

  it('writes inline markup as <pc> and <ph> that refer to the markup as written in <originalData>', () => {
    const unit = unitOf(render(markupDoc(), RENDER_OPTIONS), 's0002');
    expect(unit).toContain('<data id="m1-open">&lt;a href="https://example.org/?a=1&amp;amp;b=2" onclick="alert(1)"&gt;</data>');
    expect(unit).toContain('<data id="m3-open">&lt;code&gt;rm -rf&lt;/code&gt;</data>');
    expect(unit).toContain(
      '<target>According to <pc id="m1" dataRefStart="m1-open" dataRefEnd="m1-close" type="link" subType="lektor:link"><pc id="m2" dataRefStart="m2-open" dataRefEnd="m2-close" type="fmt" subType="xlf:i">initial</pc> reports</pc>, <ph id="m3" dataRef="m3-open" type="fmt" subType="lektor:code" equiv="rm -rf" disp="rm -rf"/> was run<ph id="m4" dataRef="m4-open" type="fmt" subType="xlf:lb"/>.</target>',
    );
  });

  it('writes the pieces of an element a sentence boundary cuts as isolated <sc/> and <ec/>', () => {
    const xliff = render(markupDoc(), RENDER_OPTIONS);
    expect(unitOf(xliff, 's0003')).toContain('<source>Er sagte: <sc id="m1" dataRef="m1-open" isolated="yes" type="fmt" subType="xlf:i"/>Wir kommen.</source>');
    expect(unitOf(xliff, 's0004')).toContain('<target>Soon.<ec id="m1" dataRef="m1-close" isolated="yes" type="fmt" subType="xlf:i"/></target>');
  });

  it('gives each fuzzy match as a Translation Candidates <mtc:match> pointing at the segment', () => {
    const unit = unitOf(render(matchesDoc, RENDER_OPTIONS), 's0001').replace(/>\s+</gu, '><');
    expect(unit).toContain('<mtc:matches><mtc:match ref="#s0001-segment" similarity="98" type="tm" origin="lektor-memory-review"><source>Der DAX stieg um 1,2 Prozent.</source><target>The DAX rose 1.2 percent.</target></mtc:match></mtc:matches>');
    expect(unit).toContain('<segment id="s0001-segment"');
  });

  describe.skipIf(!HAVE_SCHEMAS)(`against the XLIFF 2.1 core and glossary module schemas${SCHEMAS_NOTE}`, () => {
    it('a document with fuzzy matches is valid XLIFF 2.1 with the Translation Candidates module', async () => {
      const { status, output } = xmllint(await tempFile('doc.xliff2.xlf', render(matchesDoc, RENDER_OPTIONS)), 'xliff21+mtc');
      expect(output).toContain('validates');
      expect(status).toBe(0);
    });

    it.each([
      ['the review document', reviewDoc()],
      ['a document with control characters', controlDoc],
      ['a document with inline markup', markupDoc()],
    ])('%s is valid XLIFF 2.1', async (_name, doc) => {
      const { status, output } = xmllint(await tempFile('doc.xliff2.xlf', render(doc, RENDER_OPTIONS)), 'xliff21');
      expect(output).toContain('validates');
      expect(status).toBe(0);
    });
  });
});
