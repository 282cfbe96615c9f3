import { describe, expect, it } from 'vitest';
import { writeDelimited } from '../../../../glossary/tools/exchange/write-delimited.js';
import { glossaryOf, seedGlossary } from '../maintenance-fixtures.js';

const mixed = glossaryOf(
  '  - source: [De-Risking, Derisking]\n    target: de-risking\n    note: policy term\n' +
    '  - source: Cainiao\n    dnt: true\n' +
    '  - source: "Sicherheitsbehörden, belgische"\n    target: \'Belgian "security" authorities\'\n' +
    '  - source: Welthandelsplattform\n    target: World Trade Platform\n    status: proposed\n' +
    '  - source: Cainiao\n    target: Cainiao Network\n    status: forbidden\n',
);

describe('writeDelimited', () => {
  it('csv: one row per German spelling of each approved entry, quoted as RFC 4180 says, no header', () => {
    expect(writeDelimited(mixed, 'csv')).toBe('De-Risking,de-risking\nDerisking,de-risking\nCainiao,Cainiao\n"Sicherheitsbehörden, belgische","Belgian ""security"" authorities"\n');
  });

  it('tsv: the same rows, tab-separated and unquoted', () => {
    expect(writeDelimited(mixed, 'tsv')).toBe('De-Risking\tde-risking\nDerisking\tde-risking\nCainiao\tCainiao\nSicherheitsbehörden, belgische\tBelgian "security" authorities\n');
  });

  it('omegat: source, target and the note as comment', () => {
    expect(writeDelimited(mixed, 'omegat').split('\n').slice(0, 3)).toEqual(['De-Risking\tde-risking\tpolicy term', 'Derisking\tde-risking\tpolicy term', 'Cainiao\tCainiao\t']);
  });

  it('writes every approved seed entry', () => {
    const rows = writeDelimited(seedGlossary(), 'csv').trimEnd().split('\n');
    expect(rows).toHaveLength(19);
    expect(rows).toContain('Lüttich,Liège');
    expect(rows).toContain('Financial Times,Financial Times');
  });

  it('refuses a line break that a tab-separated file cannot hold, naming the entry', () => {
    const broken = glossaryOf('  - source: Spionage\n    target: "spy\\ncraft"\n');
    expect(() => writeDelimited(broken, 'tsv')).toThrow('g.yaml:4: term "Spionage": "spy\\ncraft" has a tab or line break, which tab-separated files cannot hold; export as csv or tbx');
    expect(writeDelimited(broken, 'csv')).toBe('Spionage,"spy\ncraft"\n');
  });
});
