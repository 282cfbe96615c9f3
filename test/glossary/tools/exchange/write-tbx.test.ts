import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTbx } from '../../../../glossary/tools/exchange/write-tbx.js';
import { HAVE_SCHEMAS, SCHEMAS, SCHEMAS_NOTE, tempFile } from '../../../output/external-tools.js';
import { FIXTURES, glossaryOf, seedGlossary } from '../maintenance-fixtures.js';
import { parseGlossary } from '../../../../glossary/parse.js';
import { readFileSync } from 'node:fs';

/** xmllint against the TBX core structure schema, offline, as the schemas README says. */
async function validateTbx(tbx: string): Promise<{ status: number | null; output: string }> {
  const file = await tempFile('glossary.tbx', tbx);
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--relaxng', path.join(SCHEMAS, 'tbx/TBXcoreStructV03.rng'), file], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const roundTrip = () => parseGlossary(readFileSync(path.join(FIXTURES, 'round-trip.yaml'), 'utf8'), 'round-trip.yaml');

describe('writeTbx', () => {
  it.skipIf(!HAVE_SCHEMAS).each([
    ['the seed glossary', seedGlossary],
    ['every field and status', roundTrip],
    ['an empty glossary', () => glossaryOf('  []\n')],
  ])(`validates against TBXcoreStructV03.rng: %s${SCHEMAS_NOTE}`, async (_, glossary) => {
    const { status, output } = await validateTbx(writeTbx(glossary()));
    expect(output.trim()).toMatch(/validates$/);
    expect(status).toBe(0);
  });

  it('is TBX-Basic: one concept per entry, German and English language sections, status as administrativeStatus', () => {
    const tbx = writeTbx(roundTrip());
    expect(tbx).toContain('<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">');
    expect(tbx.match(/<conceptEntry /g)).toHaveLength(8);
    expect(tbx).toContain(
      [
        '      <conceptEntry id="luettich">',
        '        <note>Exonym; &lt;b&gt;never&lt;/b&gt; "Liege" &amp; co.</note>',
        '        <langSec xml:lang="de">',
        '          <termSec>',
        '            <term>Lüttich</term>',
        '          </termSec>',
        '        </langSec>',
        '        <langSec xml:lang="en">',
        '          <termSec>',
        '            <term>Liège</term>',
        '            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>',
        '          </termSec>',
        '          <termSec>',
        '            <term>Liege</term>',
        '            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>',
        '          </termSec>',
        '        </langSec>',
        '      </conceptEntry>',
      ].join('\n'),
    );
    expect(tbx).toContain('<term>Luttich</term>\n            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
    expect(tbx).toContain('<term>World Trade Platform</term>\n            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>');
    expect(tbx).toContain('<term>Derisking</term>\n            <termNote type="termType">variant</termNote>');
    expect(tbx).toContain('<term>Logistikzentren</term>\n            <note>inflected form</note>');
    expect(tbx).toContain('<conceptEntry id="_7-tage-inzidenz">');
  });

  it('writes the same bytes for the same glossary', () => {
    expect(writeTbx(seedGlossary())).toBe(writeTbx(seedGlossary()));
  });
});
