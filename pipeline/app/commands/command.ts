import type { Command } from 'commander';

/** Everything a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  readonly stdout: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stderr: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** Hands a command's exit code back to `main`. */
export type ExitWith = (code: number) => void;

/** A command file's default export: adds its subcommand(s) to the program. */
export type CommandModule = (program: Command, io: CliIO, exitWith: ExitWith) => void;

/** Exit codes: 0 ok, 1 some inputs failed, 2 usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;
