/**
 * `npm run make-test-model -- <dir>`: writes a generated model for tests (`tiny`, the lexical
 * lookup model) into a directory. Runs without network access.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXIT, type CliIO } from '../../pipeline/commands/command.js';
import { writeTinyModel } from './tiny-model.js';

/** Model kinds by name: each writes the whole model directory. */
export const MODEL_KINDS = {
  tiny: writeTinyModel,
} as const satisfies Record<string, (dir: string) => Promise<void>>;

export type ModelKind = keyof typeof MODEL_KINDS;

const USAGE = `usage: make-test-model <${Object.keys(MODEL_KINDS).join('|')}> <dir>`;

function isModelKind(name: string): name is ModelKind {
  return Object.hasOwn(MODEL_KINDS, name);
}

/** `argv` is `<kind> <dir>`; returns the exit code and prints through `io` only. */
export async function main(argv: readonly string[], io: Pick<CliIO, 'stdout' | 'stderr' | 'cwd'>): Promise<number> {
  const [kind, dir, ...extra] = argv;
  if (kind === undefined || dir === undefined || extra.length > 0) {
    io.stderr.write(`make-test-model: expected a model kind and a directory\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (!isModelKind(kind)) {
    io.stderr.write(`make-test-model: unknown model kind \`${kind}\`, expected one of: ${Object.keys(MODEL_KINDS).join(', ')}\n`);
    return EXIT.usage;
  }
  const target = resolve(io.cwd, dir);
  try {
    await MODEL_KINDS[kind](target);
  } catch (error) {
    io.stderr.write(`make-test-model: cannot write ${kind} model to ${target}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
  io.stdout.write(`wrote ${kind} model to ${target}\n`);
  return EXIT.ok;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
}
