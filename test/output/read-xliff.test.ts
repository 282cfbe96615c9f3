import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readXliff } from '../../output/read-xliff.js';
import { parseXml } from '../../pipeline/core/parse-xml.js';
import render from '../../output/xliff.js';
import { HAVE_SCHEMAS, SCHEMAS_NOTE, tempFile } from './external-tools.js';
import { RENDER_OPTIONS } from './review-doc.js';
import { reviewedDoc, unitsOf, withoutLines } from './reviewed-units.js';

const FILE = 'review-doc.xlf';
const read = (xliff: string) => readXliff(parseXml(xliff, FILE), FILE);
const written = () => render(reviewedDoc(), RENDER_OPTIONS);

/** Replaces `from` once in `xliff`, failing loudly when the writer changed under the test. */
function edit(xliff: string, from: string, to: string): string {
  if (!xliff.includes(from)) throw new Error(`edit: "${from}" is not in the file`);
  return xliff.replace(from, to);
}

const unit = (file: ReturnType<typeof read>, id: string) => file.units.find((u) => u.segment === id);

describe('readXliff (1.2)', () => {
  it("reads back every unit the writer wrote, by id, with the article from <file original>; a person's English (state final) is approved", () => {
    expect(withoutLines(read(written()))).toEqual({ article: 'review-doc', units: unitsOf(reviewedDoc()) });
    expect(read(written()).units[0]?.line).toBe(11);
  });

  it('approves a target in state final or signed-off, or a unit marked approved="yes"; other states are not approvals', () => {
    let xliff = edit(written(), '<target state="translated">The suspicion', '<target state="signed-off">The suspicion');
    xliff = edit(xliff, '<trans-unit id="s0004" xml:space="preserve">', '<trans-unit id="s0004" xml:space="preserve" approved="yes">');
    xliff = edit(xliff, '<target state="needs-review-translation">The "times', '<target state="needs-adaptation">The "times');
    expect(read(xliff).units.filter((u) => u.approved).map((u) => u.segment)).toEqual(['s0001', 's0003', 's0004']);
  });

  it('tolerates what CAT tools do: a prefixed namespace, extra attributes, re-indented text, <alt-trans>, <mrk> segments, inline codes', () => {
    let xliff = written().replace(/<(\/?)(xliff|file|header|tool|note|body|group|trans-unit|source|target)\b/g, '<$1x:$2').replace('xmlns="urn', 'xmlns:x="urn');
    xliff = edit(xliff, '<x:trans-unit id="s0003" xml:space="preserve">', '<x:trans-unit id="s0003" xml:space="preserve" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" sdl:locked="false">');
    xliff = edit(xliff, '<x:target state="translated">The suspicion: possible espionage at Alibaba.</x:target>', '<x:target state="translated">\n            The suspicion:\n            possible <x:g id="1">spying</x:g> at Alibaba.<x:ph id="2">&lt;br/&gt;</x:ph>\n          </x:target>\n          <x:alt-trans><x:source>Spionage</x:source><x:target>spying</x:target></x:alt-trans>');
    xliff = edit(xliff, '<x:target state="needs-review-translation">This is reported', '<x:target state="needs-review-translation"><x:mrk mtype="seg" mid="1">This is reported</x:mrk><x:mrk mtype="seg" mid="2">');
    xliff = edit(xliff, 'on 5 October 2023.</x:target>', 'on 5 October 2023.</x:mrk></x:target>');
    const units = read(xliff).units;
    expect(units).toHaveLength(6);
    expect(unit(read(xliff), 's0003')?.target.replace(/\s+/g, ' ').trim()).toBe('The suspicion: possible spying at Alibaba.');
    expect(unit(read(xliff), 's0004')?.target).toBe('This is reported by the "Financial Times" 😀 on 5 October 2023.');
  });

  it('a unit without a <target> has empty English', () => {
    expect(unit(read(written()), 's0006')).toMatchObject({ source: 'Alibaba bestreitet jegliches Fehlverhalten.', target: '' });
  });

  it.each([
    ['a unit without an id', (x: string) => edit(x, '<trans-unit id="s0003" xml:space="preserve">', '<trans-unit xml:space="preserve">'), 'review-doc.xlf:30: <trans-unit> without an id: Lektor can only import the units it wrote'],
    ['a unit without a source', (x: string) => edit(x, '<source>Der Verdacht: mögliche Spionage bei Alibaba.</source>', ''), 'review-doc.xlf:30: <trans-unit id="s0003"> has no <source>'],
    ['a <file> without original', (x: string) => edit(x, 'original="review-doc.txt" ', ''), 'review-doc.xlf:3: <file> without an original: it names the article Lektor translated'],
    [
      'a second <file> of another article',
      (x: string) => edit(x, '  </file>\n', '  </file>\n  <file original="other.de.txt" source-language="de" datatype="plaintext"><body/></file>\n'),
      'review-doc.xlf:68: article "other" in a file of article "review-doc"; import one article per file',
    ],
  ])('%s is one line naming the file and line', (_name, change, message) => {
    expect(() => read(change(written()))).toThrow(message);
  });

  describe.skipIf(!HAVE_SCHEMAS)(`after translate-toolkit edited it${SCHEMAS_NOTE}`, () => {
    it('reads the target it set and the approval it marked', async () => {
      const file = await tempFile(FILE, written());
      const script = [
        'import sys',
        'from translate.storage import xliff',
        'store = xliff.xlifffile.parsefile(sys.argv[1])',
        'unit = [u for u in store.units if u.getid().endswith("s0005")][0]',
        'unit.target = "The \\"times of naïveté\\" are over."',
        'unit.markapproved(True)',
        'open(sys.argv[1], "wb").write(bytes(store))',
      ].join('\n');
      execFileSync('/usr/bin/python3', ['-c', script, file]);
      const units = readXliff(parseXml(await readFile(file, 'utf8'), file), file).units;
      expect(units.find((u) => u.segment === 's0005')).toMatchObject({ target: 'The "times of naïveté" are over.', approved: true });
      expect(units.filter((u) => u.approved).map((u) => u.segment)).toEqual(['s0001', 's0005']);
    });
  });
});
