import { describe, expect, it } from 'vitest';
import { findProposals } from '../../../../glossary/tools/suggest/find-proposals.js';
import { hit, reviewed } from './sentences.js';

describe('findProposals', () => {
  it('aligns the English to the German the sentences share, the one the model copied before one found everywhere', () => {
    const sentences = [
      reviewed('a', 's0001', 'Der Hafen ist groß.', 'The Hafen is big.', 'The port is big.'),
      reviewed('a', 's0002', 'Der Verdacht am Hafen.', 'The suspicion at the Hafen.', 'The suspicion at the port.'),
      reviewed('b', 's0001', 'Verdacht im Hafen.', 'Suspicion in the Hafen.', 'Suspicion in the port.'),
      reviewed('b', 's0002', 'Der Verdacht bleibt.', 'The suspicion remains.', 'The suspicion remains.'),
    ];
    expect(findProposals(sentences, 2)).toEqual([
      {
        source: 'Hafen',
        target: 'port',
        sentences: 3,
        articles: ['a', 'b'],
        examples: [
          { article: 'a', id: 's0001', draft: 'The Hafen is big.', review: 'The port is big.' },
          { article: 'a', id: 's0002', draft: 'The suspicion at the Hafen.', review: 'The suspicion at the port.' },
          { article: 'b', id: 's0001', draft: 'Suspicion in the Hafen.', review: 'Suspicion in the port.' },
        ],
        alternatives: [],
      },
    ]);
  });

  it('never proposes a change seen fewer than min times, nor English of function words only', () => {
    const sentences = [
      reviewed('a', 's0001', 'Der Hafen ist groß.', 'The Hafen is big.', 'The Hafen is great.'),
      reviewed('a', 's0002', 'Ein Schiff im Hafen.', 'A ship in Hafen.', 'The ship in Hafen.'),
      reviewed('a', 's0003', 'Ein Schiff am Kai.', 'A ship at the quay.', 'The ship at the quay.'),
    ];
    expect(findProposals(sentences, 2)).toEqual([]);
  });

  it('groups the forms of a word by stem, and lists other English for the same German as alternatives', () => {
    const sentences = [
      reviewed('a', 's0001', 'Die Schiffe des Hafens.', 'The ships of the Hafens.', 'The ships of the port.'),
      reviewed('a', 's0002', 'Der Hafen ist voll.', 'The Hafen is full.', 'The port is full.'),
      reviewed('a', 's0003', 'Im Hafen.', 'In the Hafen.', 'In the port.'),
      reviewed('b', 's0001', 'Am Hafen.', 'At the Hafen.', 'At the harbour.'),
      reviewed('b', 's0002', 'Vom Hafen.', 'From the Hafen.', 'From the harbour.'),
    ];
    expect(findProposals(sentences, 2).map((p) => [p.source, p.target, p.sentences, p.alternatives])).toEqual([['Hafen', 'port', 3, [{ target: 'harbour', sentences: 2 }]]]);
  });

  it('leaves a replaced glossary English to the disputed entries: the words beside the term are not proposed for it', () => {
    const source = (n: number) => `Spionage Nummer ${n}.`;
    const sentences = [1, 2].map((n) => reviewed('a', `s000${n}`, source(n), `espionage number ${n}.`, `spying number ${n}.`, [hit(source(n), 'Spionage', 'espionage')]));
    expect(findProposals(sentences, 2)).toEqual([]);
  });
});
