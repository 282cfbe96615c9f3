import { describe, expect, it } from 'vitest';
import { SUGGESTION_FORMATS } from '../../../../glossary/tools/suggest/format-suggestions.js';
import type { Suggestions } from '../../../../glossary/tools/suggest/suggest-terms.js';

const example = { article: 'a', id: 's0001', draft: 'The Hafen.', review: 'The port.' };
const suggestions: Suggestions = {
  reviewed: { sentences: 1, articles: 1 },
  proposals: [{ source: 'Hafen', target: 'port', sentences: 2, articles: ['a'], examples: [example], alternatives: [{ target: 'harbour', sentences: 2 }] }],
  disputed: [{ termId: 'spionage', source: 'Spionage', target: 'espionage', sentences: 2, articles: ['a', 'b'], replacements: [{ english: '', sentences: 2 }], examples: [] }],
};

describe('SUGGESTION_FORMATS', () => {
  it('text: a headline per proposal and disputed entry with its evidence, examples as draft → review', () => {
    expect(SUGGESTION_FORMATS.text(suggestions)).toBe(
      '1 reviewed sentence in 1 article\n\n1 proposal:\n  Hafen → port    2 sentences in 1 article (a)\n    a s0001: The Hafen. → The port.\n    also written: harbour (2)\n' +
        '\n1 disputed entry:\n  Spionage → espionage    replaced in 2 sentences in 2 articles (a, b) by (deleted) (2)\n',
    );
  });

  it('text: a disputed entry named with its file, and line where known', () => {
    const [spionage] = suggestions.disputed;
    const text = (place: object) => SUGGESTION_FORMATS.text({ ...suggestions, proposals: [], disputed: [{ ...spionage!, ...place }] });
    expect(text({ file: 'desk.yaml', line: 4 })).toContain('\n  Spionage → espionage (desk.yaml:4)    replaced in 2 sentences');
    expect(text({ file: 'desk.yaml' })).toContain('\n  Spionage → espionage (desk.yaml)    replaced in 2 sentences');
  });

  it('text: says when there is nothing to suggest', () => {
    expect(SUGGESTION_FORMATS.text({ reviewed: { sentences: 0, articles: 0 }, proposals: [], disputed: [] })).toBe(
      '0 reviewed sentences in 0 articles\n\nno proposals: no English replaced the model’s for the same German often enough\n\nno disputed entries\n',
    );
  });

  it('json: the suggestions as they are', () => {
    expect(JSON.parse(SUGGESTION_FORMATS.json(suggestions))).toEqual(suggestions);
  });
});
