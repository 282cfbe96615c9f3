import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../../../glossary/parse.js';
import { suggestTerms } from '../../../../glossary/tools/suggest/suggest-terms.js';
import { reviewed } from './sentences.js';

const sentences = [
  reviewed('a', 's0001', 'Der Hafen ist voll.', 'The Hafen is full.', 'The port is full.'),
  reviewed('b', 's0001', 'Im Hafen.', 'In the Hafen.', 'In the port.'),
];

describe('suggestTerms', () => {
  it('counts what the evidence was drawn from, and proposes from two sentences by default', () => {
    expect(suggestTerms(sentences)).toMatchObject({ reviewed: { sentences: 2, articles: 2 }, proposals: [{ source: 'Hafen', target: 'port' }], disputed: [] });
  });

  it('leaves out German the glossary has, proposed entries too', () => {
    const glossary = parseGlossary('source_lang: de\ntarget_lang: en\nterms:\n  - source: Hafen\n    target: port\n    status: proposed\n', 'g.yaml');
    expect(suggestTerms(sentences, { glossary }).proposals).toEqual([]);
  });

  it.each([1, 2.5])('refuses min %s, naming the option', (min) => {
    expect(() => suggestTerms(sentences, { min })).toThrow(new TypeError(`suggestTerms: min must be an integer >= 2 (a change seen once is never proposed), got ${min}`));
  });
});
