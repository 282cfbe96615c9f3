import { Readable } from 'node:stream';
import { main } from '../../pipeline/app/cli.js';

export interface MainRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the CLI in-process with captured output: what `lektor <args>` would print and return. */
export async function runMain(args: readonly string[], options: { env?: Record<string, string>; cwd?: string; stdin?: string | Uint8Array } = {}): Promise<MainRun> {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, out, err };
}
