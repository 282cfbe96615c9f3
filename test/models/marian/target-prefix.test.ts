import { describe, expect, it } from 'vitest';
import { completedText, prefixStep, targetPrefix } from '../../../models/marian/target-prefix.js';

const PIECES = ['<unk>', '</s>', '▁The', '▁Bund', '▁Bundes', 'tag', '▁', 'B', 'u', 'n', 'd', '▁house', '.', '▁is'];
const VOCABULARY = new Map(PIECES.map((p, i) => [p, i]));
const piece = (id: number) => PIECES[id] ?? '';
const id = (p: string) => VOCABULARY.get(p) as number;
const prefixOf = (text: string) => targetPrefix(text, VOCABULARY, piece, 0);
const textOf = (tokens: readonly number[]) => tokens.map(piece).join('').replace(/▁/g, ' ').trim();

describe('targetPrefix', () => {
  it('spells the prefix in the fewest pieces from every position', () => {
    const prefix = prefixOf('The  Bundes');
    expect(prefix?.text).toBe('▁The▁Bundes');
    expect(prefix?.next[0]).toBe(id('▁The'));
    expect(prefix?.next[4]).toBe(id('▁Bundes'));
    expect(prefix?.next[5]).toBe(id('B'));
  });

  it('writes a character no piece starts with as <unk>, and a blank prefix as none', () => {
    expect(prefixOf('Bé')?.next).toEqual([id('▁'), id('B'), 0]);
    expect(prefixOf('  ')).toBeUndefined();
  });
});

describe('prefixStep', () => {
  const prefix = prefixOf('The Bund');
  it.each([
    ['at the start: the first word, or a piece that begins it', [], '▁The', ['▁The', '▁'], ['▁Bund', '</s>']],
    ['inside the last word: its piece or one that extends it', ['▁The'], '▁Bund', ['▁Bund', '▁Bundes', '▁'], ['▁house', '</s>', 'tag']],
    ['after a shorter spelling: the rest of it', ['▁The', '▁', 'B'], 'u', ['u'], ['▁Bund', 'n']],
  ])('%s', (_, output, next, allowed, refused) => {
    const step = prefixStep(prefix, output.map(id));
    expect(step?.next).toBe(id(next));
    for (const p of allowed) expect(step?.alsoAllowed(id(p))).toBe(true);
    for (const p of refused) expect(step?.alsoAllowed(id(p))).toBe(false);
  });

  it('ends once the output has written the whole prefix, a piece running past it included', () => {
    expect(prefixStep(prefix, ['▁The', '▁Bundes'].map(id))).toBeUndefined();
    expect(prefixStep(undefined, [])).toBeUndefined();
  });
});

describe('completedText', () => {
  it.each([
    ['The Bund', ['▁The', '▁Bundes', 'tag', '.'], 'The Bundestag.'],
    ['The  Bund', ['▁The', '▁Bund', '▁is'], 'The Bund is'],
    ['The ', ['▁The', '▁house', '.'], 'The house.'],
    ['The Bund', ['▁The', '▁Bund'], 'The Bund'],
  ])('%j written as %j reads %j', (typed, output, expected) => {
    expect(completedText(typed, prefixOf(typed), output.map(id), textOf)).toBe(expected);
  });
});
