import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The project's exchange-format schemas live beside the checkout, never in it. */
export const SCHEMAS = path.resolve(REPO_ROOT, '../shared/schemas');
export const HAVE_SCHEMAS = existsSync(SCHEMAS);
/** Test title suffix that says why a schema test did not run. */
export const SCHEMAS_NOTE = HAVE_SCHEMAS ? '' : ` (skipped: ${SCHEMAS} not found; the schemas sit beside the checkout in CI)`;

const ITS_SCHEMA = ['http://www.w3.org/2005/11/its', 'xliff21/its.xsd'] as const;

/** A schema for xmllint that imports each of `imports` (namespace, shared schema): xmllint takes one. */
function driver(imports: readonly (readonly [string, string])[]): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'lektor-schema-')), 'driver.xsd');
  const lines = imports.map(([namespace, schema]) => `  <xs:import namespace="${namespace}" schemaLocation="${path.join(SCHEMAS, schema)}"/>`);
  writeFileSync(file, `<?xml version="1.0" encoding="UTF-8"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${lines.join('\n')}\n</xs:schema>\n`);
  return file;
}

const shared = (...args: string[]) => () => args.map((a) => (a.includes('/') ? path.join(SCHEMAS, a) : a));

/**
 * xmllint's arguments per schema. The `+its` ones add ITS 2.0 (XLIFF 2.1's copy of its schema),
 * where Lektor writes MT Confidence: the XLIFF schemas let `its:` attributes through unchecked,
 * or (XLIFF 1.2 strict, on `<target>`) refuse them, unless a schema for them is loaded.
 */
const SCHEMA_ARGS = {
  tmx: shared('--dtdvalid', 'tmx14/tmx14.dtd'),
  xliff12: shared('--schema', 'xliff12/xliff-core-1.2-strict.xsd'),
  xliff21: shared('--schema', 'xliff21/xliff21_core_plus_glossary_driver.xsd'),
  'xliff12+its': () => ['--schema', driver([['urn:oasis:names:tc:xliff:document:1.2', 'xliff12/xliff-core-1.2-strict.xsd'], ITS_SCHEMA])],
  'xliff21+mtc': () => ['--schema', driver([['urn:oasis:names:tc:xliff:document:2.0', 'xliff21/xliff_core_2.0.xsd'], ['urn:oasis:names:tc:xliff:glossary:2.0', 'xliff21/glossary.xsd'], ['urn:oasis:names:tc:xliff:matches:2.0', 'xliff21/matches.xsd']])],
  'xliff21+its': () => ['--schema', driver([['urn:oasis:names:tc:xliff:document:2.0', 'xliff21/xliff_core_2.0.xsd'], ['urn:oasis:names:tc:xliff:glossary:2.0', 'xliff21/glossary.xsd'], ITS_SCHEMA])],
} as const;

/** Runs xmllint offline against one of the shared schemas; returns its exit status and messages. */
export function xmllint(file: string, schema: keyof typeof SCHEMA_ARGS): { status: number | null; output: string } {
  const args = ['--noout', '--nonet', ...SCHEMA_ARGS[schema](), file];
  const result = spawnSync('xmllint', args, { encoding: 'utf8', env: { ...process.env, XML_CATALOG_FILES: path.join(SCHEMAS, 'catalog.xml') } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Runs Debian's python3 (the one translate-toolkit is installed for) and parses its JSON output. */
export function python<T>(script: string, ...args: string[]): T {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, ...args], { encoding: 'utf8' })) as T;
}

/** Writes `contents` to a fresh temporary folder and returns the file's path. */
export async function tempFile(name: string, contents: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lektor-output-'));
  const file = path.join(dir, name);
  await writeFile(file, contents, 'utf8');
  return file;
}
