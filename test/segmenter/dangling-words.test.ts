import { describe, expect, it } from 'vitest';
import { isDanglingWord } from '../../pipeline/segmenter/dangling-words.js';

describe('isDanglingWord', () => {
  it.each(['der', 'den', 'Andere', 'während', 'für', 'und', 'dass', 'DIE'])('valid: %j', (word) => expect(isDanglingWord(word)).toBe(true));
  it.each(['das', 'ein', 'zu', 'aus', 'an', 'mit', 'ohne', 'außerhalb', 'gegenüber', 'jeder', 'viele', 'keiner', 'Hintergrund', ''])('invalid: %j', (word) =>
    expect(isDanglingWord(word)).toBe(false),
  );
});
