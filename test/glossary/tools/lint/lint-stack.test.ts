import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../../../glossary/parse.js';
import { lintStack } from '../../../../glossary/tools/lint/lint-stack.js';

const head = 'source_lang: de\ntarget_lang: en\nterms:\n';
const house = parseGlossary(`${head}  - source: Spionage\n    target: espionage\n    forbidden: [spying]\n  - source: Lüttich\n    target: Liège\n  - source: Alibaba\n    dnt: true\n`, 'house.yaml');
const desk = parseGlossary(`${head}  - source: Spionage\n    target: spying\n  - source: Luettich\n    target: Liège\n`, 'desk.yaml');

describe('lintStack', () => {
  it('reports shadowed entries, different English and a target the other file forbids, naming both places', () => {
    expect(lintStack([house, desk]).map((f) => `${f.file}:${f.line}: ${f.severity}: ${f.message} (${f.rule})`)).toEqual([
      'house.yaml:4: info: term "Spionage" is overridden by desk.yaml:4 (stack-shadowed)',
      'desk.yaml:4: warning: term "Spionage": "spying" here, "espionage" in house.yaml:4; this file wins (stack-conflict)',
      'desk.yaml:4: warning: term "Spionage": target "spying" is forbidden in house.yaml:4 (stack-forbidden)',
      'house.yaml:7: info: term "Lüttich" is overridden by desk.yaml:6 (stack-shadowed)',
    ]);
  });

  it('finds nothing between files that share no German', () => {
    expect(lintStack([parseGlossary(`${head}  - source: Alibaba\n    dnt: true\n`, 'a.yaml'), desk])).toEqual([]);
  });
});
