import { errorCodes, type RouteShorthandOptions } from 'fastify';
import { HttpError } from './http-error.js';

/**
 * Route options for a JSON object body whose `fields` are all required strings and whose
 * `optional` fields are strings when present (others are let through): its schema, a refusal
 * (400) that shows the shape to send, and no body at all refused as a body of another type is (415).
 */
export function stringFieldsBody(fields: readonly string[], optional: readonly string[] = []): Pick<RouteShorthandOptions, 'schema' | 'schemaErrorFormatter' | 'preValidation'> {
  const strings = (names: readonly string[]): string => names.map((field) => `"${field}": "…"`).join(', ');
  const shape = `{ ${strings(fields)} }${optional.length > 0 ? `, optionally with ${strings(optional)}` : ''}`;
  return {
    schema: {
      body: { type: 'object', required: fields, properties: Object.fromEntries([...fields, ...optional].map((field) => [field, { type: 'string' }])) },
    },
    schemaErrorFormatter: () => new HttpError(400, `send ${shape}`),
    preValidation: async (request) => {
      if (request.body === undefined) throw new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE();
    },
  };
}
