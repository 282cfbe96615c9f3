import { describe, expect, it } from 'vitest';
import { readTbx } from '../../../../glossary/tools/exchange/read-tbx.js';
import { InputError } from '../../../../pipeline/core/errors.js';
import { fixture, thrownBy } from '../maintenance-fixtures.js';

const tbx = (concepts: string) => `<?xml version="1.0"?>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><text><body>\n${concepts}\n</body></text></tbx>\n`;
const concept = (id: string, de: string, en: string, extra = '') =>
  `<conceptEntry id="${id}">${extra}<langSec xml:lang="de">${de}</langSec><langSec xml:lang="en">${en}</langSec></conceptEntry>`;
const term = (text: string, notes = '') => `<termSec><term>${text}</term>${notes}</termSec>`;
const status = (value: string) => `<termNote type="administrativeStatus">${value}</termNote>`;

describe('readTbx', () => {
  it('maps administrativeStatus to status and target, deprecated English to forbidden, forms and variants, notes and ids', () => {
    const text = tbx(
      [
        concept('liege', term('Lüttich') + term('Luettich', '<termNote type="termType">variant</termNote>'), term('Liège', status('preferredTerm-admn-sts')) + term('Liege', status('deprecatedTerm-admn-sts')), '<note>exonym</note>'),
        concept('logistikzentrum', term('Logistikzentrum') + term('Logistikzentren', '<note>inflected form</note>'), term('logistics centre', status('admittedTerm-admn-sts'))),
        concept('_5g-netz', term('5G-Netz'), term('5G network')),
        concept('cainiao', term('Cainiao'), term('Cainiao', status('preferredTerm-admn-sts'))),
        concept('cainiao-network', term('Cainiao'), term('Cainiao Network', status('deprecatedTerm-admn-sts'))),
      ].join('\n'),
    );
    expect(readTbx(text, 'g.tbx')).toEqual({
      terms: [
        { entry: { id: 'liege', source: ['Lüttich', 'Luettich'], target: 'Liège', forbidden: ['Liege'], note: 'exonym' }, line: 3 },
        { entry: { source: 'Logistikzentrum', target: 'logistics centre', forms: ['Logistikzentren'], status: 'proposed' }, line: 4 },
        { entry: { source: '5G-Netz', target: '5G network' }, line: 5 },
        { entry: { source: 'Cainiao', dnt: true }, line: 6 },
        { entry: { id: 'cainiao-network', source: 'Cainiao', target: 'Cainiao Network', status: 'forbidden' }, line: 7 },
      ],
      warnings: [],
    });
  });

  it('reads the TBX 2008 (martif) layout Weblate writes, and warns about what it cannot keep', () => {
    expect(readTbx(fixture('exchange/weblate.tbx'), 'weblate.tbx')).toEqual({
      terms: [
        { entry: { id: '1', source: 'Frachtflughafen', target: 'cargo airport', forbidden: ['cargo airfield'], note: 'Liège is one' }, line: 9 },
        { entry: { id: '3', source: 'Drehkreuz', target: 'hub' }, line: 22 },
      ],
      warnings: [
        { line: 9, message: 'Lektor keeps one English term per entry; dropped "freight airport"' },
        { line: 18, message: 'skipped a concept without German and English terms' },
      ],
    });
  });

  const invalid: [string, string, string][] = [
    ['XML that is not well-formed', fixture('exchange/not-xml.tbx'), 'g.tbx:7:40: not valid XML: Opening and ending tag mismatch: "termSec" != "langSec"'],
    ['an undefined entity', '<tbx>\n<text>&nbsp;</text></tbx>', 'g.tbx:2:1: not valid XML: entity not found:&nbsp;'],
    ['text that is not XML', 'Lüttich,Liège\n', 'g.tbx: not valid XML: missing root element'],
    ['XML that is not TBX', '<?xml version="1.0"?>\n<tmx version="1.4"/>', 'g.tbx:2: not a TBX file: the root element is <tmx>, expected <tbx>'],
  ];
  it.each(invalid)('refuses %s with file, line and column', (_, text, message) => {
    const error = thrownBy(() => readTbx(text, 'g.tbx'));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(message);
  });
});
