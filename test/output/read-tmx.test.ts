import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readTmx } from '../../output/read-tmx.js';
import { parseXml } from '../../pipeline/core/parse-xml.js';
import render from '../../output/tmx.js';
import { HAVE_SCHEMAS, SCHEMAS_NOTE, tempFile } from './external-tools.js';
import { RENDER_OPTIONS } from './review-doc.js';
import { reviewedDoc, unitsOf, withoutLines } from './reviewed-units.js';

const FILE = 'review-doc.tmx';
const read = (tmx: string) => readTmx(parseXml(tmx, FILE), FILE);
const written = () => render(reviewedDoc(), RENDER_OPTIONS);

describe('readTmx', () => {
  it("reads back every <tu> by its x-lektor-segment prop, the article from x-lektor-article; a person's English (x-lektor-origin review) is approved", () => {
    expect(withoutLines(read(written()))).toEqual({ article: 'review-doc', units: unitsOf(reviewedDoc()) });
  });

  it('tells German from English by the header srclang, whatever region codes or case a tool writes, also in the old lang attribute', () => {
    const tmx = written()
      .replace(/xml:lang="de"/g, 'xml:lang="DE-de"')
      .replace(/<tuv xml:lang="en">/g, '<tuv lang="en-GB" creationid="reviewer">')
      .replace('srclang="de"', 'srclang="de-DE"');
    expect(withoutLines(read(tmx)).units).toEqual(unitsOf(reviewedDoc()));
  });

  it('reads a changed <seg> with inline <hi> text and without native <ph> codes, and an added origin prop as an approval', () => {
    const tmx = written()
      .replace('<seg>The suspicion: possible espionage at Alibaba.</seg>', '<seg>The suspicion: possible <hi type="x-edit">spying</hi> at Alibaba.<ph x="1">&lt;br/&gt;</ph></seg>')
      .replace('<prop type="x-lektor-segment">s0004</prop>', '<prop type="x-lektor-segment">s0004</prop><prop type="x-lektor-origin">review</prop>');
    const units = read(tmx).units;
    expect(units.find((u) => u.segment === 's0003')).toMatchObject({ target: 'The suspicion: possible spying at Alibaba.', approved: false });
    expect(units.find((u) => u.segment === 's0004')?.approved).toBe(true);
  });

  it.each([
    ['a <tu> without the segment prop', (x: string) => x.replace('<prop type="x-lektor-segment">s0003</prop>', ''), "review-doc.tmx:29: <tu> without Lektor's x-lektor-segment prop: Lektor can only import the units it wrote"],
    ['a <tu> without German', (x: string) => x.replace('<tuv xml:lang="de">\n        <seg>12:07</seg>\n      </tuv>', ''), 'review-doc.tmx:18: <tu> of s0002 without a <tuv> in de'],
    ['a <tu> of another article', (x: string) => x.replace('<prop type="x-lektor-article">review-doc</prop>\n      <prop type="x-lektor-segment">s0005', '<prop type="x-lektor-article">other</prop>\n      <prop type="x-lektor-segment">s0005'), 'review-doc.tmx:51: article "other" in a file of article "review-doc"; import one article per file'],
    ['a header without srclang', (x: string) => x.replace(' srclang="de"', ''), 'review-doc.tmx:4: <header> without a srclang'],
  ])('%s is one line naming the file and line', (_name, change, message) => {
    expect(() => read(change(written()))).toThrow(message);
  });

  describe.skipIf(!HAVE_SCHEMAS)(`after translate-toolkit edited it${SCHEMAS_NOTE}`, () => {
    it('reads the target it set', async () => {
      const file = await tempFile(FILE, written());
      const script = [
        'import sys',
        'from translate.storage import tmx',
        'store = tmx.tmxfile.parsefile(sys.argv[1])',
        'store.units[4].target = "The times of naïveté are over."',
        'open(sys.argv[1], "wb").write(bytes(store))',
      ].join('\n');
      execFileSync('/usr/bin/python3', ['-c', script, file]);
      const units = readTmx(parseXml(await readFile(file, 'utf8'), file), file).units;
      expect(units.find((u) => u.segment === 's0005')).toMatchObject({ target: 'The times of naïveté are over.', approved: false });
    });
  });
});
