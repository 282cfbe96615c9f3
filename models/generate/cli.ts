/**
 * `npm run make-test-model -- <dir>` and `npm run make-bench-model -- <dir> [--dtype q8]`: write
 * a generated model (`tiny`, the lexical lookup model for tests; `bench`, random weights in
 * opus-mt-de-en's full architecture) into a directory. Runs without network access.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DTYPES } from '../model-settings.js';
import { writeBenchModel, type BenchDtype } from './bench-model.js';
import { writeTinyModel } from './tiny-model.js';

/** Exit codes as `lektor` uses them, so scripts read both tools alike; the generator is a dev tool apart from the app. */
const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** What the generator touches of the outside world; tests pass their own. */
export interface GeneratorIO {
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown };
  readonly cwd: string;
}

/** Model kinds by name: each writes the whole model directory. The tiny model's q8 files are its fp32 ones, so it ignores `dtype`. */
export const MODEL_KINDS = {
  tiny: (dir) => writeTinyModel(dir),
  bench: (dir, dtype) => writeBenchModel(dir, { dtype }),
} as const satisfies Record<string, (dir: string, dtype: BenchDtype) => Promise<void>>;

export type ModelKind = keyof typeof MODEL_KINDS;

const USAGE = `usage: make-test-model <${Object.keys(MODEL_KINDS).join('|')}> <dir> [--dtype ${DTYPES.join('|')}]`;

function isModelKind(name: string): name is ModelKind {
  return Object.hasOwn(MODEL_KINDS, name);
}

function isDtype(name: string): name is BenchDtype {
  return (DTYPES as readonly string[]).includes(name);
}

/** `argv` is `<kind> <dir> [--dtype fp32|q8]`; returns the exit code and prints through `io` only. */
export async function main(argv: readonly string[], io: GeneratorIO): Promise<number> {
  let parsed: ReturnType<typeof parseCli>;
  try {
    parsed = parseCli(argv);
  } catch (error) {
    io.stderr.write(`make-test-model: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return EXIT.usage;
  }
  const { positionals, values } = parsed;
  const [kind, dir, ...extra] = positionals;
  const dtype = values.dtype ?? 'fp32';
  if (kind === undefined || dir === undefined || extra.length > 0) {
    io.stderr.write(`make-test-model: expected a model kind and a directory\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (!isModelKind(kind)) {
    io.stderr.write(`make-test-model: unknown model kind \`${kind}\`, expected one of: ${Object.keys(MODEL_KINDS).join(', ')}\n`);
    return EXIT.usage;
  }
  if (!isDtype(dtype)) {
    io.stderr.write(`make-test-model: unknown dtype \`${dtype}\`, expected one of: ${DTYPES.join(', ')}\n`);
    return EXIT.usage;
  }
  const target = resolve(io.cwd, dir);
  try {
    await MODEL_KINDS[kind](target, dtype);
  } catch (error) {
    io.stderr.write(`make-test-model: cannot write ${kind} model to ${target}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
  io.stdout.write(`wrote ${kind} model to ${target}\n`);
  return EXIT.ok;
}

function parseCli(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: { dtype: { type: 'string' } }, allowPositionals: true, strict: true });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
}
