import { describe, expect, it } from 'vitest';
import { readDelimited } from '../../../glossary/tools/exchange/read-delimited.js';
import { importTerms, type ImportTarget } from '../../../glossary/tools/import-terms.js';
import { parseGlossary } from '../../../glossary/parse.js';
import { GlossaryError, InputError } from '../../../pipeline/core/errors.js';
import { fixture, thrownBy } from './maintenance-fixtures.js';

function seedTarget(): ImportTarget {
  const raw = fixture('../../../seeds/glossary.yaml');
  return { glossary: parseGlossary(raw, 'glossary.yaml'), raw, file: 'glossary.yaml' };
}

const csv = (text: string) => readDelimited(text, 'terms.csv', 'csv').terms;

describe('importTerms', () => {
  it('appends new entries, leaves known ones alone and keeps the rest of the file', () => {
    const into = seedTarget();
    const result = importTerms(into, csv('Lüttich,Liège\nWelthandelsplattform,World Trade Platform\nCainiao,Cainiao\nLogistikzentren,logistics centre\n'), 'terms.csv');
    expect(result.added.map((a) => a.entry.source)).toEqual(['Welthandelsplattform']);
    expect(result.unchanged.map((a) => a.entry.source)).toEqual(['Lüttich', 'Cainiao', 'Logistikzentren']);
    expect(result.raw).toBe(`${into.raw}  - source: Welthandelsplattform\n    target: World Trade Platform\n`);
  });

  it('refuses conflicts with the full list and changes nothing', () => {
    const into = seedTarget();
    const result = importTerms(into, readDelimited(fixture('exchange/conflicts.csv'), 'conflicts.csv', 'csv').terms, 'conflicts.csv');
    expect(result.raw).toBe(into.raw);
    const geheimdienst = into.glossary.terms.find((t) => t.source[0] === 'Geheimdienst')!;
    expect(result.conflicts.map((c) => [c.imported.line, c.variant, c.importedTarget, c.existing])).toEqual([[2, 'Geheimdienst', 'secret service', geheimdienst]]);
  });

  it('--merge keep leaves the glossary English, --merge replace takes the imported one', () => {
    const into = seedTarget();
    const terms = csv('Geheimdienst,secret agency\nSpionage,spying\nNeu,new\n');
    const kept = importTerms(into, terms, 'terms.csv', 'keep');
    expect(kept.kept.map((c) => c.variant)).toEqual(['Geheimdienst', 'Spionage']);
    expect(kept.raw).toBe(`${into.raw}  - source: Neu\n    target: new\n`);
    const replaced = importTerms(into, terms, 'terms.csv', 'replace');
    expect(replaced.replaced.map((c) => c.variant)).toEqual(['Geheimdienst', 'Spionage']);
    expect(replaced.raw).toBe(`${into.raw.replace('target: intelligence service', 'target: secret agency').replace('target: espionage', 'target: spying')}  - source: Neu\n    target: new\n`);
  });

  it('refuses a replacement that would make the glossary unusable', () => {
    const error = thrownBy(() => importTerms(seedTarget(), csv('Lüttich,Liege\n'), 'terms.csv', 'replace'));
    expect(error).toBeInstanceOf(GlossaryError);
    expect(error.message).toBe('glossary.yaml: importing terms.csv would make the glossary unusable (term "Lüttich": target "Liege" is also listed as forbidden); nothing was changed');
  });

  it('refuses a file that gives one German two different English renderings', () => {
    const error = thrownBy(() => importTerms(seedTarget(), csv('Neu,new\nAlt,old\nNeu,novel\n'), 'terms.csv'));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('terms.csv:3: "Neu" is also at line 1 with other English ("new" there, "novel" here)');
  });
});
