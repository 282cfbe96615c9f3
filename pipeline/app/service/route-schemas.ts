/**
 * The service's routes described as JSON Schemas, from which `/spec` is generated. They describe;
 * they do not check (the service turns Fastify's validation off): requests are checked by
 * `parseTranslateRequest`, in LibreTranslate's own words.
 */

const text = { type: 'string', description: 'German text' } as const;
const error = { type: 'object', properties: { error: { type: 'string' } }, required: ['error'], description: "LibreTranslate's error shape" } as const;
const refusals = { 400: error, 403: error, 429: error, 500: error } as const;
const detected = {
  type: 'object',
  properties: { confidence: { type: 'number', minimum: 0, maximum: 100 }, language: { type: 'string', description: 'ISO 639-1: de, en, fr, es, it, nl, pt, pl' } },
  required: ['confidence', 'language'],
} as const;
const apiKey = { type: 'string', description: 'one of the keys the server was started with (`--api-keys`)' } as const;

const translateBody = {
  type: 'object',
  properties: {
    q: { oneOf: [text, { type: 'array', items: text }], description: 'a text, or an array of texts' },
    source: { type: 'string', enum: ['de', 'auto'], description: '`auto` detects the language and refuses other than German' },
    target: { type: 'string', enum: ['en'] },
    format: { type: 'string', enum: ['text', 'html'], default: 'text' },
    alternatives: { type: 'integer', minimum: 0, maximum: 3, default: 0, description: 'how many other translations to give, from beam search (format text); the glossary applies to them as to the translation' },
    prefix: { type: 'string', description: 'Lektor extension: the English the translation of a single q (one sentence, format text) starts with; it may end inside a word' },
    api_key: apiKey,
  },
  required: ['q', 'source', 'target'],
} as const;

const english = { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }], description: 'a string, or an array like q' } as const;

export const ROUTE_SCHEMAS = {
  translate: {
    summary: 'Translate German into English',
    tags: ['LibreTranslate'],
    consumes: ['application/json', 'application/x-www-form-urlencoded'],
    body: translateBody,
    response: {
      200: {
        type: 'object',
        properties: {
          translatedText: english,
          detectedLanguage: { oneOf: [detected, { type: 'array', items: detected }], description: 'with `source: auto`' },
          alternatives: {
            oneOf: [{ type: 'array', items: { type: 'string' } }, { type: 'array', items: { type: 'array', items: { type: 'string' } } }],
            description: 'with `alternatives`: other translations, best first (an array per text where q is an array)',
          },
        },
        required: ['translatedText'],
      },
      ...refusals,
      503: { ...error, description: 'the translation took longer than `--timeout`; the answer has `Retry-After`' },
    },
  },
  detect: {
    summary: 'Detect the language of a text',
    tags: ['LibreTranslate'],
    consumes: ['application/json', 'application/x-www-form-urlencoded'],
    body: { type: 'object', properties: { q: { type: 'string' }, api_key: apiKey }, required: ['q'] },
    response: { 200: { type: 'array', items: detected }, ...refusals },
  },
  languages: {
    summary: 'The languages translated: German into English',
    tags: ['LibreTranslate'],
    response: {
      200: {
        type: 'array',
        items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' }, targets: { type: 'array', items: { type: 'string' } } } },
      },
    },
  },
  frontendSettings: { summary: "LibreTranslate's front-end settings", tags: ['LibreTranslate'], response: { 200: { type: 'object', additionalProperties: true } } },
  lektorTranslate: {
    summary: 'Translate, with the JSONL record of every sentence',
    tags: ['Lektor'],
    consumes: ['application/json', 'application/x-www-form-urlencoded'],
    body: translateBody,
    response: {
      200: { type: 'object', properties: { translatedText: english, records: { type: 'array', items: { type: 'object', additionalProperties: true } } }, required: ['translatedText', 'records'] },
      ...refusals,
      503: error,
    },
  },
  health: {
    summary: "The service's counts",
    tags: ['Lektor'],
    response: {
      200: {
        type: 'object',
        properties: Object.fromEntries(
          [['status', 'string'], ['requests', 'integer'], ['running', 'integer'], ['texts', 'integer'], ['sentences', 'integer'], ['fromMemory', 'integer'], ['modelCalls', 'integer'], ['modelSentences', 'integer'], ['modelLoaded', 'boolean']].map(([name, type]) => [name, { type }]),
        ),
      },
    },
  },
  metrics: {
    summary: 'Metrics in the Prometheus text format',
    tags: ['Lektor'],
    produces: ['text/plain'],
    response: { 200: { type: 'string', description: 'Prometheus text exposition format 0.0.4' } },
  },
} as const;
