import { describe, expect, it } from 'vitest';
import { FOOTNOTE_MARKER } from '../../pipeline/segmenter/footnote-markers.js';

const markers = new RegExp(`^${FOOTNOTE_MARKER}+$`, 'u');

describe('FOOTNOTE_MARKER', () => {
  it.each(['[6]', '[12]', '[4][5]', '[a]', '[Anm. 1]', '[Anm.3]', '¹', '²³', '⁴', '¹⁰'])('valid: %j', (text) => expect(markers.test(text)).toBe(true));
  it.each(['[sic]', '[1234]', '(6)', '[A]', '6', '[…]', '[Anm.]', '*'])('invalid: %j', (text) => expect(markers.test(text)).toBe(false));
});
