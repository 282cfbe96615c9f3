import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

const SCHEMA_ARGS = {
  tmx: ['--dtdvalid', 'tmx14/tmx14.dtd'],
  xliff12: ['--schema', 'xliff12/xliff-core-1.2-strict.xsd'],
  xliff21: ['--schema', 'xliff21/xliff21_core_plus_glossary_driver.xsd'],
} as const;

/** Runs xmllint offline against one of the shared schemas; returns its exit status and messages. */
export function xmllint(file: string, schema: keyof typeof SCHEMA_ARGS): { status: number | null; output: string } {
  const args = ['--noout', '--nonet', ...SCHEMA_ARGS[schema].map((a) => (a.includes('/') ? path.join(SCHEMAS, a) : a)), file];
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
