import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../pipeline/segmenter/lines.js';

const blocksOf = (text: string) => splitBlocks(text).map((block) => block.map((line) => text.slice(line.start, line.end)));

describe('splitBlocks', () => {
  it.each([
    ['', []],
    [' \n\t\n', []],
    ['Eins', [['Eins']]],
    ['Eins\nZwei', [['Eins', 'Zwei']]],
    ['Eins\n\nZwei', [['Eins'], ['Zwei']]],
    ['  Eins  \n \t \n\n  Zwei\n', [['Eins'], ['Zwei']]],
    ['\n\nEins\n\u00a0\nZwei\n\n', [['Eins'], ['Zwei']]],
  ])('%j → %j', (text, blocks) => expect(blocksOf(text)).toEqual(blocks));
});
