import { describe, expect, it } from 'vitest';
import { appendEntries } from '../../../../glossary/tools/edit/append-entries.js';
import { parseGlossary } from '../../../../glossary/parse.js';
import { fixture } from '../maintenance-fixtures.js';

const added = [{ source: ['De-Risking', 'Derisking'], target: 'de-risking' }, { source: 'Cainiao', dnt: true, note: "Alibaba's logistics arm" }];

describe('appendEntries', () => {
  it('leaves every existing line byte-identical and follows the list indentation', () => {
    const before = fixture('commented.yaml');
    const after = appendEntries(before, added, 'commented.yaml');
    const lines = before.split('\n');
    const cut = lines.indexOf('# End of terms; name below.');
    expect(after).toBe(
      [
        ...lines.slice(0, cut),
        '    - source: [De-Risking, Derisking]',
        '      target: de-risking',
        '    - source: Cainiao',
        '      dnt: true',
        "      note: Alibaba's logistics arm",
        ...lines.slice(cut),
      ].join('\n'),
    );
    expect(parseGlossary(after, 'commented.yaml').terms.map((t) => t.source[0])).toEqual(['Vincent Van Quickenborne', 'Lüttich', 'Geheimdienst', 'De-Risking', 'Cainiao']);
  });

  it('keeps CRLF line endings and a byte order mark', () => {
    const before = `\uFEFF${fixture('commented.yaml').replace(/\n/g, '\r\n')}`;
    const after = appendEntries(before, added.slice(1), 'commented.yaml');
    expect(after.startsWith(before.slice(0, before.indexOf('# End of terms')))).toBe(true);
    expect(after).toContain('    - source: Cainiao\r\n      dnt: true\r\n');
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
  });

  const shapes: [string, string, string][] = [
    ['an empty flow list', 'source_lang: de\ntarget_lang: en\nterms: []\n', 'source_lang: de\ntarget_lang: en\nterms:\n  - source: Cainiao\n    dnt: true\n'],
    ['a key without value', 'terms:\nname: x\n', 'terms:\n  - source: Cainiao\n    dnt: true\nname: x\n'],
    ['a flow list', 'terms: [{source: A, target: a}]\n', 'terms: [{source: A, target: a}, {source: Cainiao, dnt: true}]\n'],
    ['a last line without line break', 'terms:\n- source: A\n  target: a', 'terms:\n- source: A\n  target: a\n- source: Cainiao\n  dnt: true\n'],
  ];
  it.each(shapes)('adds to %s', (_, before, after) => {
    expect(appendEntries(before, [{ source: 'Cainiao', dnt: true }], 'g.yaml')).toBe(after);
  });

  it('refuses a file without a terms list', () => {
    expect(() => appendEntries('source_lang: de\n', added, 'g.yaml')).toThrow('g.yaml: has no terms list to add to');
  });
});
