import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../../../glossary/parse.js';
import { topSuggestions } from '../../../../pipeline/app/review/stats/top-suggestions.js';
import { hit, reviewed } from '../../../glossary/tools/suggest/sentences.js';

// Three German words the model left untranslated, each given the same English by reviewers of two
// articles, and the glossary's "espionage" overridden twice.
const untranslated = [
  ['Hafen', 'port'],
  ['Kran', 'crane'],
  ['Zange', 'pliers'],
] as const;
const sentences = [
  ...untranslated.flatMap(([german, english], k) => ['a', 'b'].map((article) => reviewed(article, `s000${k + 1}`, `Der ${german} ist da.`, `The ${german} is there.`, `The ${english} is there.`))),
  ...['!', '?'].map((end, k) => reviewed(['a', 'b'][k]!, 's0004', `Spionage${end}`, `Espionage${end}`, `Spying${end}`, [hit(`Spionage${end}`, 'Spionage', 'espionage')])),
];

const glossaryOf = (german: string, file: string) => parseGlossary(`source_lang: de\ntarget_lang: en\nterms:\n  - source: ${german}\n    target: x\n    status: proposed\n`, file);

describe('topSuggestions', () => {
  it('names the strongest proposals and disputed entries as glossary suggest ranks them, and how many it finds in all', () => {
    const top = topSuggestions(sentences, [], 2);
    expect(top.proposals.map((p) => [p.source, p.target, p.sentences, p.articles])).toEqual([
      ['Hafen', 'port', 2, ['a', 'b']],
      ['Kran', 'crane', 2, ['a', 'b']],
    ]);
    expect(top.disputed.map((d) => [d.source, d.target, d.sentences, d.replacements])).toEqual([['Spionage', 'espionage', 2, [{ english: 'Spying', sentences: 2 }]]]);
    expect(top.found).toEqual({ proposals: 3, disputed: 1 });
  });

  it('names five by default', () => {
    expect(topSuggestions(sentences, []).proposals.map((p) => p.source)).toEqual(['Hafen', 'Kran', 'Zange']);
  });

  it('proposes nothing any of the glossaries has', () => {
    const top = topSuggestions(sentences, [glossaryOf('Hafen', 'house.yaml'), glossaryOf('Kran', 'desk.yaml')]);
    expect(top.proposals.map((p) => p.source)).toEqual(['Zange']);
    expect(top.found).toEqual({ proposals: 1, disputed: 1 });
  });

  it('without reviews: nothing', () => {
    expect(topSuggestions([], [])).toEqual({ proposals: [], disputed: [], found: { proposals: 0, disputed: 0 } });
  });
});
