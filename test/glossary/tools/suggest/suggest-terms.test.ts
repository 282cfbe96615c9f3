import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../../../glossary/load.js';
import { parseGlossary } from '../../../../glossary/parse.js';
import { suggestTerms } from '../../../../glossary/tools/suggest/suggest-terms.js';
import { hit, reviewed } from './sentences.js';

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

  it('over a stack: leaves out German any of its files has, and names the file and line of a disputed entry', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-suggest-stack-'));
    await writeFile(path.join(dir, 'house.yaml'), 'source_lang: de\ntarget_lang: en\nterms:\n  - source: Hafen\n    target: harbour\n  - source: Spionage\n    target: spying\n');
    await writeFile(path.join(dir, 'story.yaml'), 'source_lang: de\ntarget_lang: en\nterms:\n  - source: Lüttich\n    target: Liège\n  - source: Spionage\n    target: espionage\n');
    const glossary = await loadGlossary(['house.yaml', 'story.yaml'], dir);
    const spionage = ['Spionage!', 'Spionage?'].map((source, k) => reviewed('c', `s000${k + 1}`, source, 'Espionage!', 'Spying!', [hit(source, 'Spionage', 'espionage')]));
    const suggestions = suggestTerms([...sentences, ...spionage], { glossary });
    expect(suggestions.proposals).toEqual([]);
    expect(suggestions.disputed.map((d) => [d.source, d.target, d.file, d.line])).toEqual([['Spionage', 'espionage', 'story.yaml', 6]]);
  });

  it.each([1, 2.5])('refuses min %s, naming the option', (min) => {
    expect(() => suggestTerms(sentences, { min })).toThrow(new TypeError(`suggestTerms: min must be an integer >= 2 (a change seen once is never proposed), got ${min}`));
  });
});
