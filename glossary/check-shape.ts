import { Ajv, type ErrorObject } from 'ajv';
import schema from './glossary.schema.json' with { type: 'json' };
import { pointerPath, type DataPath } from './yaml-locator.js';

/** A problem with the file's structure: where it is and what is wrong. */
export interface ShapeProblem {
  readonly path: DataPath;
  /** Index of the offending entry in `terms`, when the problem is inside one. */
  readonly termIndex?: number;
  readonly reason: string;
}

/** What each field must be, in the words the error message uses. */
const EXPECTED: Readonly<Record<string, string>> = {
  '': 'a mapping with source_lang, target_lang and terms',
  name: 'a non-empty string',
  description: 'a string',
  terms: 'a list of entries',
  term: 'a mapping with at least source and target',
  id: 'lowercase letters and digits joined by single hyphens (e.g. "eu-commission")',
  source: 'a non-empty string or a list of non-empty strings',
  target: 'a non-empty string',
  forms: 'a list of non-empty strings',
  forbidden: 'a list of non-empty strings',
  note: 'a string',
  dnt: 'true or false',
};

/** How a message names a field that has no key of its own. */
const SUBJECT: Readonly<Record<string, string>> = { '': 'the glossary', term: 'an entry' };

/**
 * Checks the parsed data against `glossary.schema.json`. Returns every problem in data order, so
 * the caller can report the first one in the file; unknown keys are problems, never ignored.
 */
export function checkShape(data: unknown): ShapeProblem[] {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, verbose: true, logger: false });
  const validate = ajv.compile(schema);
  if (validate(data)) return [];
  return dropEchoes(validate.errors ?? []).map(describe);
}

function describe(error: ErrorObject): ShapeProblem {
  const path = pointerPath(error.instancePath);
  const termIndex = path[0] === 'terms' && path.length > 1 ? Number(path[1]) : undefined;
  const field = fieldName(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys(field === 'term' ? schema.definitions.term.properties : schema.properties).join(', ');
      return { path: [...path, key], termIndex, reason: `unknown key "${key}" (expected one of ${known})` };
    }
    case 'required':
      return { path, termIndex, reason: `${String(params.missingProperty)} is required` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const rule = allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`;
      return { path, termIndex, reason: `${field} must be ${rule}, got ${JSON.stringify(error.data)}` };
    }
    default:
      return { path, termIndex, reason: `${SUBJECT[field] ?? field} must be ${EXPECTED[field] ?? 'valid'}` };
  }
}

/** The field a path names: `terms/3` is a term, `terms/3/source/1` is still `source`. */
function fieldName(path: readonly string[]): string {
  if (path.length === 2 && path[0] === 'terms') return 'term';
  return path.filter((s) => !/^\d+$/.test(s)).at(-1) ?? '';
}

/**
 * ajv reports one error per failed keyword; a `source: ""` fails both minLength and pattern.
 * Keep the first per place and keyword family, so the message is said once.
 */
function dropEchoes(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const family = e.keyword === 'additionalProperties' || e.keyword === 'required' ? `${e.keyword}:${JSON.stringify(e.params)}` : 'value';
    const key = `${e.instancePath}|${family}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
