import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import jsonl from '../../output/jsonl.js';
import { readXliff } from '../../output/read-xliff.js';
import { readXliff2 } from '../../output/read-xliff2.js';
import tmx from '../../output/tmx.js';
import xliff from '../../output/xliff.js';
import xliff2 from '../../output/xliff2.js';
import { segmentsOf } from '../../pipeline/core/doc.js';
import { parseXml } from '../../pipeline/core/parse-xml.js';
import { HAVE_SCHEMAS, python, SCHEMAS_NOTE, tempFile, xmllint } from './external-tools.js';
import { markupDoc } from './markup-doc.js';
import { RENDER_OPTIONS, reviewDoc, scoredDoc } from './review-doc.js';
import { reviewedDoc } from './reviewed-units.js';

/** The review document with the model's scores, and a sentence a person reviewed (whose draft was scored). */
const scored = () => scoredDoc(reviewDoc());
const ANNOTATOR = 'mt-confidence|urn:lektor:model:Xenova%2Fopus-mt-de-en';

const unitOf = (text: string, tag: string, id: string): string => {
  const start = text.indexOf(`<${tag} id="${id}"`);
  return text.slice(start, text.indexOf(`</${tag}>`, start));
};
const records = (text: string) => text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

describe('the model’s confidence in the review formats', () => {
  it('JSONL: `confidence` and `lowConfidence` (offsets into the target) for a machine target; null and none otherwise', () => {
    const lines = records(jsonl(scoredDoc(reviewedDoc()), RENDER_OPTIONS));
    expect(lines.map((r) => [r.id, r.origin, r.confidence, r.lowConfidence])).toEqual([
      // Reviewed: the person's English is not scored, whatever the model thought of the draft.
      ['s0001', 'review', null, []],
      ['s0002', 'copy', null, []],
      ['s0003', 'model', 0.4213, [{ start: 0, end: 3 }]],
      ['s0004', 'model', 0.4213, [{ start: 0, end: 4 }]],
      ['s0005', 'model', 0.4213, [{ start: 0, end: 3 }]],
      ['s0006', null, null, []],
    ]);
    expect(records(jsonl(reviewDoc(), RENDER_OPTIONS)).every((r) => r.confidence === null)).toBe(true);
  });

  it('XLIFF 2.1: the ITS module’s its:mtConfidence on an <mrk> around the target, its:annotatorsRef on the <file>', () => {
    const text = xliff2(scored(), RENDER_OPTIONS);
    expect(text).toContain('xmlns:its="http://www.w3.org/2005/11/its"');
    expect(text).toContain(`<file id="f1" original="review-doc.txt" its:annotatorsRef="${ANNOTATOR}">`);
    expect(unitOf(text, 'unit', 's0003')).toContain('<target><mrk id="mt" type="its:any" its:mtConfidence="0.4213">The suspicion: possible espionage at Alibaba.</mrk></target>');
    expect(unitOf(text, 'unit', 's0002')).toContain('<target>12:07</target>');
    expect(unitOf(xliff2(scoredDoc(reviewedDoc()), RENDER_OPTIONS), 'unit', 's0001')).not.toContain('mtConfidence');
  });

  it('XLIFF 2.1: an import reads the annotated target as the English it is', () => {
    const text = xliff2(scoredDoc(reviewedDoc()), RENDER_OPTIONS);
    const read = readXliff2(parseXml(text, 'review-doc.xliff2.xlf'), 'review-doc.xliff2.xlf');
    expect(read.units.map((u) => u.target)).toEqual(segmentsOf(reviewedDoc()).map((s) => s.target ?? ''));
  });

  it('XLIFF 1.2: its:mtConfidence and its:annotatorsRef on the <target>, as ITS 2.0 maps MT Confidence to XLIFF 1.2', () => {
    const text = xliff(scored(), RENDER_OPTIONS);
    expect(text).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" xmlns:its="http://www.w3.org/2005/11/its">');
    expect(unitOf(text, 'trans-unit', 's0003')).toContain(
      `<target state="translated" its:annotatorsRef="${ANNOTATOR}" its:mtConfidence="0.4213">The suspicion: possible espionage at Alibaba.</target>`,
    );
    const read = readXliff(parseXml(text, 'review-doc.xlf'), 'review-doc.xlf');
    expect(read.units.map((u) => u.target)).toEqual(segmentsOf(reviewDoc()).map((s) => s.target ?? ''));
  });

  it('TMX: the prop x-lektor-confidence on a machine target’s <tu>', () => {
    const text = tmx(scored(), RENDER_OPTIONS);
    const tus = text.split('<tu>').slice(1);
    expect(tus.map((tu) => /<prop type="x-lektor-confidence">([^<]*)<\/prop>/.exec(tu)?.[1] ?? null)).toEqual(['0.4213', null, '0.4213', '0.4213', '0.4213', null]);
  });

  it('a document nothing scored is written as before, without the ITS namespace', () => {
    expect(xliff2(reviewDoc(), RENDER_OPTIONS)).not.toContain('its');
    expect(xliff(reviewDoc(), RENDER_OPTIONS)).not.toContain('its:');
    expect(tmx(reviewDoc(), RENDER_OPTIONS)).not.toContain('x-lektor-confidence');
  });

  describe.skipIf(!HAVE_SCHEMAS)(`against the schemas, with ITS 2.0’s, and translate-toolkit${SCHEMAS_NOTE}`, () => {
    it.each([
      ['the review document', scored()],
      ['a document with inline markup', scoredDoc(markupDoc())],
      ['a document with reviewed sentences', scoredDoc(reviewedDoc())],
    ])('%s: valid XLIFF 2.1, XLIFF 1.2 and TMX', async (_name, doc) => {
      for (const [name, text, schema] of [
        ['doc.xliff2.xlf', xliff2(doc, RENDER_OPTIONS), 'xliff21+its'],
        ['doc.xlf', xliff(doc, RENDER_OPTIONS), 'xliff12+its'],
        ['doc.tmx', tmx(doc, RENDER_OPTIONS), 'tmx'],
      ] as const) {
        const { status, output } = xmllint(await tempFile(name, text), schema);
        expect(output, name).not.toMatch(/error|fails to validate/i);
        expect(status, `${name}: ${output}`).toBe(0);
      }
    });

    it('the ITS schema is really checked: a confidence above 1 fails in both XLIFF versions', async () => {
      for (const [name, text, schema] of [
        ['doc.xliff2.xlf', xliff2(scored(), RENDER_OPTIONS), 'xliff21+its'],
        ['doc.xlf', xliff(scored(), RENDER_OPTIONS), 'xliff12+its'],
      ] as const) {
        const { status, output } = xmllint(await tempFile(name, text.replaceAll('its:mtConfidence="0.4213"', 'its:mtConfidence="1.5"')), schema);
        expect(output, name).toContain('mtConfidence');
        expect(status, name).not.toBe(0);
      }
    });

    it('translate-toolkit still reads the XLIFF 1.2 (xliff2po) and TMX files, every unit with its text', async () => {
      const doc = scored();
      const file = await tempFile('doc.xlf', xliff(doc, RENDER_OPTIONS));
      const po = path.join(path.dirname(file), 'doc.po');
      execFileSync('xliff2po', ['--progress=none', file, po]);
      const targets = (await readFile(po, 'utf8')).split('\n\n').filter((block) => block.includes('#: s')).length;
      expect(targets).toBe(segmentsOf(doc).length);
      const read = 'import json, sys\nfrom translate.storage import tmx\nprint(json.dumps([[u.source, u.target] for u in tmx.tmxfile.parsefile(sys.argv[1]).units]))';
      expect(python(read, await tempFile('doc.tmx', tmx(doc, RENDER_OPTIONS)))).toEqual(segmentsOf(doc).map((s) => [s.source, s.target ?? null]));
    });
  });
});
