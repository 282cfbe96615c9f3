import { describe, expect, it } from 'vitest';
import { apiKeyOf, parseTranslateRequest } from '../../../pipeline/app/service/translate-request.js';

const limits = { charLimit: 20, batchLimit: 3 };

describe('parseTranslateRequest', () => {
  it.each([
    [{ q: 'Hallo.', source: 'de', target: 'en' }, { texts: ['Hallo.'], batch: false, autoSource: false, format: 'text', alternatives: 0 }],
    [{ q: ['Eins.', 'Zwei.'], source: 'auto', target: 'en', format: 'html' }, { texts: ['Eins.', 'Zwei.'], batch: true, autoSource: true, format: 'html', alternatives: 0 }],
    [{ q: ['Eins.', 'Zwei.'], source: 'de', target: 'en', alternatives: '2' }, { texts: ['Eins.', 'Zwei.'], batch: true, autoSource: false, format: 'text', alternatives: 2 }],
    [{ q: 'Eins.', source: 'de', target: 'en', prefix: 'On' }, { texts: ['Eins.'], batch: false, autoSource: false, format: 'text', alternatives: 0, prefix: 'On' }],
  ])('valid: %j', (body, expected) => {
    expect(parseTranslateRequest(body, limits)).toEqual(expected);
  });

  it.each([
    [{ source: 'de', target: 'en' }, 'Invalid request: missing q parameter'],
    [{ q: [], source: 'de', target: 'en' }, 'Invalid request: missing q parameter'],
    [{ q: 'Hallo.', target: 'en' }, 'Invalid request: missing source parameter'],
    [{ q: 'Hallo.', source: 'de' }, 'Invalid request: missing target parameter'],
    [{ q: 'Hallo.', source: 'fr', target: 'en' }, 'fr is not supported'],
    [{ q: 'Hallo.', source: 'de', target: 'es' }, 'es is not supported'],
    [{ q: 'Hallo.', source: 'de', target: 'en', format: 'xml' }, 'xml format is not supported'],
    [{ q: 'Hallo.', source: 'de', target: 'en', alternatives: 'many' }, 'Invalid request: alternatives parameter is not a number'],
    [{ q: 'Hallo.', source: 'de', target: 'en', alternatives: -1 }, 'Invalid request: alternatives must be 0 or more'],
    [{ q: 'Hallo.', source: 'de', target: 'en', alternatives: 1000 }, 'Invalid request: Cannot request more than 3 alternatives'],
    [{ q: 'Hallo.', source: 'de', target: 'en', format: 'html', alternatives: 1 }, 'Invalid request: alternatives are given for format text only'],
    [{ q: 'Hallo.', source: 'de', target: 'en', prefix: 'x'.repeat(21) }, 'Invalid request: prefix (21) exceeds text limit (20)'],
    [{ q: 'Hallo.', source: 'de', target: 'en', prefix: 3 }, 'Invalid request: prefix must be a string'],
    [{ q: ['Hallo.'], source: 'de', target: 'en', prefix: 'Hi' }, 'Invalid request: prefix takes a single q, not an array'],
    [{ q: 'Hallo.', source: 'de', target: 'en', format: 'html', prefix: 'Hi' }, 'Invalid request: prefix is for format text only'],
    [{ q: 'Hallo.', source: 'de', target: 'en', alternatives: 1, prefix: 'Hi' }, 'Invalid request: prefix and alternatives cannot be combined'],
    [{ q: 'x'.repeat(21), source: 'de', target: 'en' }, 'Invalid request: request (21) exceeds text limit (20)'],
    [{ q: ['a', 'b', 'c', 'd'], source: 'de', target: 'en' }, 'Invalid request: request (4) exceeds text limit (3)'],
    [{ q: ['a', 3], source: 'de', target: 'en' }, 'Invalid request: q must be a string or an array of strings'],
    [['q'], 'Invalid JSON format'],
  ])('invalid: %j → 400 %s', (body, message) => {
    expect(() => parseTranslateRequest(body, limits)).toThrow(expect.objectContaining({ status: 400, message }));
  });
});

describe('apiKeyOf', () => {
  it('reads api_key, as LibreTranslate does, and nothing else', () => {
    expect(apiKeyOf({ api_key: 'k1' })).toBe('k1');
    expect(apiKeyOf({ apiKey: 'k1' })).toBeUndefined();
    expect(apiKeyOf({ api_key: '' })).toBeUndefined();
    expect(apiKeyOf(undefined)).toBeUndefined();
  });
});
