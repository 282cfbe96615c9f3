import { describe, expect, it } from 'vitest';
import { entryText, flowEntryText, scalarText } from '../../../../glossary/tools/edit/entry-text.js';

describe('entryText', () => {
  it('writes keys in the house order, lists in flow style, long text unfolded', () => {
    const note = 'A note long enough that a YAML writer with its default width of eighty characters would fold it.';
    expect(entryText({ note, status: 'proposed', forms: ['Logistikzentren'], target: 'logistics centre', source: 'Logistikzentrum', id: 'lz' })).toBe(
      `- id: lz\n  source: Logistikzentrum\n  target: logistics centre\n  forms: [Logistikzentren]\n  status: proposed\n  note: ${note}\n`,
    );
  });

  it('quotes what YAML would otherwise read differently and writes NFC', () => {
    expect(entryText({ source: 'Lu\u0308ttich', target: 'true' })).toBe('- source: Lüttich\n  target: "true"\n');
    expect(flowEntryText({ source: ['A', 'B'], target: '#1: x' })).toBe('{source: [A, B], target: "#1: x"}');
  });
});

describe('scalarText', () => {
  it.each([
    ['plain', 'Liège', 'Liège'],
    ['a colon', 'Liege: city', '"Liege: city"'],
    ['a line break', 'line\nbreak', '"line\\nbreak"'],
    ['a boolean', true, 'true'],
  ] as const)('writes %s on one line', (_, value, text) => {
    expect(scalarText(value)).toBe(text);
  });
});
