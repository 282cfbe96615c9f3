import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGlossary, IMPORT_FORMATS, importFormatOf, type ExportFormat, type ImportFormat } from '../../../../glossary/tools/exchange/formats.js';
import { importTerms } from '../../../../glossary/tools/import-terms.js';
import { parseGlossary } from '../../../../glossary/parse.js';
import type { Glossary, GlossaryTerm } from '../../../../glossary/types.js';
import { UsageError } from '../../../../pipeline/core/errors.js';
import { FIXTURES, SEED_GLOSSARY, thrownBy } from '../maintenance-fixtures.js';

const EMPTY = 'source_lang: de\ntarget_lang: en\nterms: []\n';

function load(file: string): Glossary {
  return parseGlossary(readFileSync(file, 'utf8'), file);
}

/** Export, read back, import into an empty glossary, and load the result. */
function roundTrip(glossary: Glossary, to: ExportFormat, from: ImportFormat): Glossary {
  const exported = exportGlossary(glossary, to);
  const read = IMPORT_FORMATS[from].read(exported, `out.${from}`);
  const { raw } = importTerms({ glossary: parseGlossary(EMPTY, 'new.yaml'), raw: EMPTY, file: 'new.yaml' }, read.terms, `out.${from}`);
  return parseGlossary(raw, 'new.yaml');
}

/** An entry without where it was. */
const entry = ({ line: _, file: __, ...term }: GlossaryTerm) => term;
/** What two-column files carry: the approved entries' German, English and dnt. */
const pair = (t: GlossaryTerm) => ({ source: t.source, target: t.target, dnt: t.dnt });

describe('exchange formats', () => {
  const glossaries = [
    ['seeds/glossary.yaml', SEED_GLOSSARY],
    ['round-trip.yaml', path.join(FIXTURES, 'round-trip.yaml')],
    ['csv-round-trip.yaml', path.join(FIXTURES, 'csv-round-trip.yaml')],
  ] as const;

  it.each(glossaries)('tbx → import gives back every entry of %s', (_, file) => {
    const original = load(file);
    expect(roundTrip(original, 'tbx', 'tbx').terms.map(entry)).toEqual(original.terms.map(entry));
  });

  it.each(glossaries)('csv → import gives back the approved entries of %s', (_, file) => {
    const original = load(file);
    expect(roundTrip(original, 'csv', 'csv').terms.map(pair)).toEqual(original.terms.filter((t) => t.status === 'approved').map(pair));
  });

  it.each(glossaries.slice(0, 2))('tsv and omegat → import give back the approved entries of %s, omegat with notes', (_, file) => {
    const original = load(file);
    const approved = original.terms.filter((t) => t.status === 'approved');
    expect(roundTrip(original, 'tsv', 'tsv').terms.map(pair)).toEqual(approved.map(pair));
    const fromOmegat = roundTrip(original, 'omegat', 'tsv').terms;
    expect(fromOmegat.map(pair)).toEqual(approved.map(pair));
    expect(fromOmegat.map((t) => t.note)).toEqual(approved.map((t) => t.note?.replace(/\s+/g, ' ')));
  });

  const named: [string, string | undefined, ImportFormat][] = [
    ['deepl.csv', undefined, 'csv'],
    ['google.tsv', undefined, 'tsv'],
    ['omegat-glossary.txt', undefined, 'tsv'],
    ['termbase.TBX', undefined, 'tbx'],
    ['terms.dat', 'csv', 'csv'],
  ];
  it.each(named)('reads %s (--format %s) as %s', (file, format, expected) => {
    expect(importFormatOf(file, format)).toBe(expected);
  });

  it('asks for --format when the extension does not say', () => {
    const error = thrownBy(() => importFormatOf('terms.dat'));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('cannot tell the format of terms.dat from its extension; name it with --format csv|tsv|tbx');
  });
});
