import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { ConfigLayer } from './config.js';
import { InputError } from './core/errors.js';

type Kind = 'string' | 'number' | 'boolean' | 'strings' | 'files' | 'checks' | 'severities';

/** Every key a config file may set, with its type; anything else is a mistake worth naming. */
const KEYS: Readonly<Record<string, Readonly<Record<string, Kind>>>> = {
  model: { id: 'string', cacheDir: 'string', hub: 'string', offline: 'boolean', dtype: 'string', threads: 'number', beams: 'number' },
  input: { select: 'string' },
  translate: { batchSize: 'number', batchTokens: 'number' },
  output: { dir: 'string', formats: 'strings' },
  glossary: { path: 'files', strategy: 'string' },
  qa: { checks: 'checks', severity: 'severities', minConfidence: 'number' },
  queue: { redis: 'string', keepAge: 'number', keepCount: 'number' },
  fuzzy: { threshold: 'number', limit: 'number' },
  review: { propagate: 'boolean' },
};

/** Keys holding paths: relative ones are relative to the config file, not to where lektor runs. */
const PATHS = new Set(['output.dir', 'glossary.path', 'model.cacheDir']);

function fits(kind: Kind, value: unknown): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string' && value !== '';
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'strings':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'files':
      return fits('string', value) || (fits('strings', value) && (value as string[]).length > 0 && (value as string[]).every((v) => v !== ''));
    case 'checks':
      return value === 'all' || value === 'none' || fits('strings', value);
    case 'severities':
      return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
  }
}

const EXPECTED: Record<Kind, string> = {
  string: 'a non-empty string',
  number: 'a number',
  boolean: 'true or false',
  strings: 'a list of strings',
  files: 'a file or a non-empty list of files',
  checks: '"all", "none" or a list of check ids',
  severities: 'a map of check id to error, warning or info',
};

/**
 * Reads a YAML (or JSON) config file into a layer for `resolveConfig`. Unknown keys and wrong types
 * are errors naming file, line and column: a typo must not silently fall back to a default.
 */
export async function loadConfigFile(file: string, cwd: string): Promise<ConfigLayer> {
  const full = path.resolve(cwd, file);
  const text = await readFile(full, 'utf8').catch((cause: NodeJS.ErrnoException) => {
    throw new InputError({ file }, cause.code === 'ENOENT' ? 'no such config file' : `cannot read config file (${cause.code ?? String(cause)})`, { cause });
  });
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const at = (node: Node | null | undefined) => {
    const pos = lines.linePos(node?.range?.[0] ?? 0);
    return { file, line: pos.line, column: pos.col };
  };
  const syntax = doc.errors[0];
  if (syntax) {
    const pos = lines.linePos(syntax.pos[0]);
    throw new InputError({ file, line: pos.line, column: pos.col }, syntax.message.split('\n')[0] ?? 'invalid YAML');
  }
  if (doc.contents === null) return {};
  if (!isMap(doc.contents)) throw new InputError(at(doc.contents), `a config file is a map of sections: ${Object.keys(KEYS).join(', ')}`);
  const layer: Record<string, Record<string, unknown>> = {};
  for (const section of doc.contents.items) {
    const name = isScalar(section.key) ? String(section.key.value) : '';
    const keys = KEYS[name];
    if (!keys) throw new InputError(at(section.key as Node), `unknown section "${name}"; expected ${Object.keys(KEYS).join(', ')}`);
    if (!isMap(section.value)) throw new InputError(at(section.value as Node), `"${name}" must be a map of settings`);
    layer[name] = {};
    for (const item of section.value.items) {
      const key = isScalar(item.key) ? String(item.key.value) : '';
      const kind = keys[key];
      if (!kind) throw new InputError(at(item.key as Node), `unknown setting "${name}.${key}"; expected ${Object.keys(keys).join(', ')}`);
      const value: unknown = (item.value as Node | null)?.toJSON();
      if (!fits(kind, value)) throw new InputError(at(item.value as Node), `"${name}.${key}" must be ${EXPECTED[kind]}`);
      const resolve = (file: string) => path.resolve(path.dirname(full), file);
      layer[name][key] = !PATHS.has(`${name}.${key}`) ? value : Array.isArray(value) ? value.map(resolve) : resolve(value as string);
    }
  }
  return layer as ConfigLayer;
}
