import { describe, expect, it } from 'vitest';
import { findDisputed } from '../../../../glossary/tools/suggest/find-disputed.js';
import { hit, reviewed } from './sentences.js';

const S1 = 'Spionage in Lüttich.';
const S2 = 'Mögliche Spionage.';
const S3 = 'Die Spionage.';

describe('findDisputed', () => {
  it('lists an entry whose English reviewers took out at least min times, with what they wrote instead', () => {
    const sentences = [
      reviewed('a', 's0001', S1, 'espionage in Liège.', 'Spying in Liège.', [hit(S1, 'Spionage', 'espionage')]),
      reviewed('b', 's0001', S2, 'Possible espionage.', 'Possible spying.', [hit(S2, 'Spionage', 'espionage')]),
      reviewed('b', 's0002', S3, 'The espionage.', 'The espionage.', [hit(S3, 'Spionage', 'espionage')]),
      reviewed('b', 's0003', S3, 'The espionages.', 'It.', [hit(S3, 'Spionage', 'espionage')]),
    ];
    expect(findDisputed(sentences, 2)).toEqual([
      {
        termId: 'spionage',
        source: 'Spionage',
        target: 'espionage',
        sentences: 3,
        articles: ['a', 'b'],
        replacements: [
          { english: 'Spying', sentences: 2 },
          { english: 'It', sentences: 1 },
        ],
        examples: [
          { article: 'a', id: 's0001', draft: 'espionage in Liège.', review: 'Spying in Liège.' },
          { article: 'b', id: 's0001', draft: 'Possible espionage.', review: 'Possible spying.' },
          { article: 'b', id: 's0003', draft: 'The espionages.', review: 'It.' },
        ],
      },
    ]);
  });

  it('needs min overrides; an entry kept, or missing from the draft already, is not disputed', () => {
    const sentences = [
      reviewed('a', 's0001', S1, 'espionage in Liège.', 'Spying in Liège.', [hit(S1, 'Spionage', 'espionage')]),
      reviewed('a', 's0002', S2, 'Possible spying.', 'Possible snooping.', [hit(S2, 'Spionage', 'espionage')]),
    ];
    expect(findDisputed(sentences, 2)).toEqual([]);
  });

  it('names the entry’s file and line as locate finds them, or else the file a stacked run named for it', () => {
    const overridden = (glossary?: string) =>
      [S1, S2].map((source, k) => reviewed('a', `s000${k + 1}`, source, 'The espionage.', 'The spying.', [{ ...hit(source, 'Spionage', 'espionage'), ...(glossary === undefined ? {} : { glossary }) }]));
    const located = findDisputed(overridden('desk.yaml'), 2, (termId) => (termId === 'spionage' ? { file: 'story.yaml', line: 7 } : undefined));
    expect(located.map((d) => [d.termId, d.file, d.line])).toEqual([['spionage', 'story.yaml', 7]]);
    expect(findDisputed(overridden('desk.yaml'), 2)[0]).toMatchObject({ termId: 'spionage', file: 'desk.yaml' });
    expect(findDisputed(overridden('desk.yaml'), 2)[0]).not.toHaveProperty('line');
    expect(Object.keys(findDisputed(overridden(), 2)[0]!)).not.toContain('file');
  });
});
