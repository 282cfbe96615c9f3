import { describe, expect, it } from 'vitest';
import { startsWithMonth } from '../../pipeline/segmenter/months.js';

describe('startsWithMonth', () => {
  it.each(['Oktober 2023', 'Okt. 2023', 'Jänner', 'Sept.', 'Mai'])('valid: %j', (text) => expect(startsWithMonth(text)).toBe(true));
  it.each(['Oktoberfest', 'oktober', 'Jahrhundert', '10. Oktober', ''])('invalid: %j', (text) => expect(startsWithMonth(text)).toBe(false));
});
