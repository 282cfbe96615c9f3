import { describe, expect, it } from 'vitest';
import { EMOJI } from '../../pipeline/segmenter/emoji.js';

const emoji = new RegExp(`^${EMOJI}+$`, 'u');

describe('EMOJI', () => {
  it.each(['👍', '👍🏽', '🇩🇪', '❤️', '☀️', '👨‍👩‍👧', '🎉🎉', ':-)', ';)', ':D', ':-(', 'xD', '<3', '^^'])('valid: %j', (text) =>
    expect(emoji.test(text)).toBe(true),
  );
  it.each(['©', '®', '™', ':', '8)', ':/', 'a', '🇩', '#', '1'])('invalid: %j', (text) => expect(emoji.test(text)).toBe(false));
});
