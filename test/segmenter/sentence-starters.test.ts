import { describe, expect, it } from 'vitest';
import { startsWithSentenceStarter } from '../../pipeline/segmenter/sentence-starters.js';

describe('startsWithSentenceStarter', () => {
  it.each(['Die Regierung', 'Er sagte', 'Damit', 'Im Jahr', 'Doch'])('valid: %j', (text) => expect(startsWithSentenceStarter(text)).toBe(true));
  it.each(['Euro', 'Dieselpreise', 'die Regierung', 'Jahrhundert', ''])('invalid: %j', (text) => expect(startsWithSentenceStarter(text)).toBe(false));
});
