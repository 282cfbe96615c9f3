import { describe, expect, it } from 'vitest';
import { decodingKey } from '../../../pipeline/engine/memory/memory.js';

describe('decodingKey', () => {
  it.each([
    [{}, '{}'],
    [{ num_beams: 1, do_sample: false }, '{"do_sample":false,"num_beams":1}'],
    [{ do_sample: false, num_beams: 1 }, '{"do_sample":false,"num_beams":1}'],
    [{ b: 'x', a: 2 }, '{"a":2,"b":"x"}'],
  ])('%j → %s', (decoding, key) => {
    expect(decodingKey(decoding)).toBe(key);
  });
});
