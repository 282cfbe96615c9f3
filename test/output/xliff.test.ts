import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentsOf } from '../../pipeline/core/doc.js';
import render from '../../output/xliff.js';
import { makeDoc } from '../helpers/make-doc.js';
import { HAVE_SCHEMAS, SCHEMAS_NOTE, tempFile, xmllint } from './external-tools.js';
import { markupDoc } from './markup-doc.js';
import { matchesDoc, RENDER_OPTIONS, reviewDoc } from './review-doc.js';

const controlDoc = makeDoc([{ segments: [{ source: 'A\u0001b „ü“ 😀 <i>&nbsp;</i>', target: 'A\u001Fb "ü" 😀 <i>&nbsp;</i>' }] }], 'control');

/** A PO string as xliff2po writes it, decoded from its (possibly multi-line) quoted form. */
function poString(block: string, keyword: 'msgid' | 'msgstr'): string {
  const match = new RegExp(`^${keyword} ((?:".*"\\n?)+)`, 'm').exec(block);
  if (!match?.[1]) throw new Error(`no ${keyword} in ${block}`);
  return match[1].trim().split('\n').map((line) => JSON.parse(line) as string).join('');
}

function unitOf(xliff: string, id: string): string {
  const start = xliff.indexOf(`<trans-unit id="${id}"`);
  return xliff.slice(start, xliff.indexOf('</trans-unit>', start));
}

describe('xliff (1.2)', () => {
  it('writes one <trans-unit> per segment, grouped by paragraph', () => {
    const xliff = render(reviewDoc(), RENDER_OPTIONS);
    expect(xliff.match(/<trans-unit /g)).toHaveLength(segmentsOf(reviewDoc()).length);
    expect(xliff).toContain('<group id="p0001" restype="x-lektor-heading">');
    expect(xliff).toContain('source-language="de" target-language="en" datatype="plaintext"');
    expect(xliff).toContain('<tool tool-id="lektor" tool-name="Lektor" tool-version="0.1.0"/>');
    expect(xliff).toContain('<note from="lektor">Model: Xenova/opus-mt-de-en (fp32)</note>');
  });

  it.each([
    ['s0001', 'translated', 'a clean segment'],
    ['s0003', 'translated', 'a repaired term'],
    ['s0004', 'needs-review-translation', 'a QA warning'],
    ['s0005', 'needs-review-translation', 'a missing term'],
  ])('%s is %s (%s)', (id, state) => {
    expect(unitOf(render(reviewDoc(), RENDER_OPTIONS), id)).toContain(`<target state="${state}">`);
  });

  it('has no <target> for an untranslated segment and translate="no" for a copied one', () => {
    const xliff = render(reviewDoc(), RENDER_OPTIONS);
    expect(unitOf(xliff, 's0006')).not.toContain('<target');
    expect(unitOf(xliff, 's0002')).toContain('translate="no"');
  });

  it('puts QA flags and term results in notes', () => {
    const unit = unitOf(render(reviewDoc(), RENDER_OPTIONS), 's0005');
    expect(unit).toContain('<note from="lektor-qa" priority="1">[error] term-missing: Term “naïveté” missing in target</note>');
    expect(unit).toContain('<note from="lektor-qa" priority="5">[info] length-ratio: Target is 20% shorter than usual</note>');
    expect(unit).toContain('<note from="lektor-glossary" priority="1">Term “Naivität” → “naïveté”: missing in target. Note: House style keeps the diaeresis.</note>');
  });

  it('removes XML-illegal characters and says so in a note', () => {
    const unit = unitOf(render(controlDoc, RENDER_OPTIONS), 's0001');
    expect(unit).toContain('<source>Ab „ü“ 😀 &lt;i&gt;&amp;nbsp;&lt;/i&gt;</source>');
    expect(unit).toContain('<note from="lektor-xml" priority="1">Lektor removed 2 XML-illegal control characters from this segment.</note>');
  });

  it('writes inline markup as <g> around what it wraps and <x/> for standalone elements, unindented, on both sides', () => {
    const unit = unitOf(render(markupDoc(), RENDER_OPTIONS), 's0002');
    expect(unit).toContain(
      '<source>Laut <g id="m1" ctype="link"><g id="m2" ctype="italic">ersten</g> Angaben</g> wurde <x id="m3" ctype="x-code" equiv-text="rm -rf"/> ausgeführt<x id="m4" ctype="lb"/>.</source>',
    );
    expect(unit).toContain(
      '<target state="translated">According to <g id="m1" ctype="link"><g id="m2" ctype="italic">initial</g> reports</g>, <x id="m3" ctype="x-code" equiv-text="rm -rf"/> was run<x id="m4" ctype="lb"/>.</target>',
    );
  });

  it('writes the pieces of an element a sentence boundary cuts as <bx/> and <ex/>, and no code for a lost mark', () => {
    const xliff = render(markupDoc(), RENDER_OPTIONS);
    expect(unitOf(xliff, 's0003')).toContain('<target state="translated">He said: <bx id="m1" ctype="italic"/>We are coming.</target>');
    expect(unitOf(xliff, 's0004')).toContain('<source>Bald.<ex id="m1"/></source>');
    expect(unitOf(xliff, 's0005')).toContain('<target state="translated">An important sentence<x id="m2" ctype="image"/><x id="m3" ctype="x-protected"/> &amp; &lt;b&gt;more&lt;/b&gt;.</target>');
  });

  it('gives each fuzzy match as an <alt-trans> with its similarity, after the unit’s own target and notes', () => {
    const unit = unitOf(render(matchesDoc, RENDER_OPTIONS), 's0001').replace(/>\s+</gu, '><');
    expect(unit).toMatch(/<target state="[^"]+">The DAX rose 0\.8 percent\.<\/target>.*<alt-trans match-quality="98" origin="lektor-memory-review"><source>Der DAX stieg um 1,2 Prozent\.<\/source><target>The DAX rose 1\.2 percent\.<\/target><\/alt-trans>/u);
  });

  describe.skipIf(!HAVE_SCHEMAS)(`against the XLIFF 1.2 strict schema and translate-toolkit${SCHEMAS_NOTE}`, () => {
    it.each([
      ['the review document', reviewDoc()],
      ['a document with control characters', controlDoc],
      ['a document with inline markup', markupDoc()],
      ['a document with fuzzy matches', matchesDoc],
    ])('%s is valid XLIFF 1.2', async (_name, doc) => {
      const { status, output } = xmllint(await tempFile('doc.xlf', render(doc, RENDER_OPTIONS)), 'xliff12');
      expect(output).toContain('validates');
      expect(status).toBe(0);
    });

    it.each([
      ['the review document', reviewDoc()],
      ['a document with fuzzy matches', matchesDoc],
    ])('xliff2po converts %s with every unit and the same source and target text', async (_name, doc) => {
      const file = await tempFile('doc.xlf', render(doc, RENDER_OPTIONS));
      const po = path.join(path.dirname(file), 'doc.po');
      execFileSync('xliff2po', ['--progress=none', file, po]);
      const units = (await readFile(po, 'utf8')).split('\n\n').filter((b) => b.includes('#: s'));
      expect(units.map((b) => [poString(b, 'msgid'), poString(b, 'msgstr')])).toEqual(segmentsOf(doc).map((s) => [s.source, s.target ?? '']));
    });
  });
});
