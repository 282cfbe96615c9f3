import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintGlossary } from '../../../../glossary/tools/lint/lint-glossary.js';
import { repoRoot } from '../../../helpers/run-cli.js';
import { HEAD, LINT_FIXTURES } from './rule-table.js';

function lintFixture(name: string): string[] {
  return lintGlossary(readFileSync(path.join(LINT_FIXTURES, name), 'utf8'), name).map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule}: ${f.message}`);
}

describe('lintGlossary', () => {
  it('finds nothing in the seed glossary', () => {
    expect(lintGlossary(readFileSync(path.join(repoRoot, 'seeds/glossary.yaml'), 'utf8'), 'seeds/glossary.yaml')).toEqual([]);
  });

  const invalid: [string, string[]][] = [
    ['yaml-syntax.yaml', ['yaml-syntax.yaml:5:5 error yaml-syntax: Flow sequence in block collection must be sufficiently indented and end with a ]']],
    [
      'schema.yaml',
      [
        'schema.yaml:6:5 error schema: unknown key "comment" (expected one of id, source, target, forms, dnt, case, note, status, forbidden)',
        'schema.yaml:8:5 error schema: target must be a non-empty string',
      ],
    ],
    [
      'glossary-load.yaml',
      ['glossary-load.yaml:8:5 error glossary-load: term "Lüttich": status: forbidden needs an approved or proposed entry with the same source that says which English to use'],
    ],
  ];
  it.each(invalid)('reports what the rules cannot see in %s', (name, expected) => {
    expect(lintFixture(name)).toEqual(expected);
  });

  it('reports every problem, sorted by place, not just the first', () => {
    const text =
      `${HEAD}  - source: Cainiao\n    dnt: true\n    target: Cainiao Network\n  - source: Geheimdienst\n    target: "intelligence  service"\n` +
      '  - source: Spionage\n    target: espionage\n    colour: red\n  - source: Geheimdienste\n    target: intelligence service\n';
    expect(lintGlossary(text, 'g.yaml').map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual([
      '6:5 dnt-target',
      '8:5 target-spacing',
      '11:5 schema',
      '12:5 source-is-form',
    ]);
  });

  it('does not repeat what a rule already said as glossary-load', () => {
    expect(lintFixture('duplicate-entry.yaml').map((f) => f.split(' ')[2])).toEqual(['duplicate-entry:']);
  });

  it('lints the entries that pass the schema when others do not', () => {
    const text = `${HEAD}  - source: 42\n    target: x\n  - source: Spionage\n    target: " espionage"\n`;
    expect(lintGlossary(text, 'g.yaml').map((f) => f.rule)).toEqual(['schema', 'target-spacing']);
  });

  it('reports a glossary that is not a mapping as a schema error', () => {
    expect(lintGlossary('- a\n- b\n', 'g.yaml').map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '1:1 the glossary must be a mapping with source_lang, target_lang and terms',
    ]);
  });
});
