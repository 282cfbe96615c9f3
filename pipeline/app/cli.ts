import { Command, CommanderError } from 'commander';
import { LektorError, UsageError, firstLine } from '../core/errors.js';
import { EXIT, type CliIO, type ExitWith } from './commands/command.js';
import { commands } from './commands/index.js';
import { version } from '../core/version.js';

export type { CliIO } from './commands/command.js';

/**
 * The whole CLI as a function: parses `argv` (without `node` and the script), runs the command
 * and returns its exit code. It prints through `io` only and never exits the process.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return report(error, io);
  }
}

/** The program with every command and its options, parsing nothing: `main` runs it, tests read its definitions. */
export function buildProgram(io: CliIO, exitWith: ExitWith): Command {
  const program = new Command('lektor')
    .description('Translate German news articles into English locally, honouring a terminology glossary.')
    .version(version, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('(run with --help for usage)');
  for (const add of commands) add(program, io, exitWith);
  for (const sub of program.commands) sub.exitOverride();
  return program;
}

function report(error: unknown, io: CliIO): number {
  if (error instanceof CommanderError) {
    // Help and version are "errors" to commander; they have already been printed.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return EXIT.ok;
    }
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`lektor: ${error.describe()}\n`);
    return EXIT.usage;
  }
  if (error instanceof LektorError) {
    io.stderr.write(`lektor: ${error.describe()}\n`);
    return EXIT.failed;
  }
  io.stderr.write(`lektor: unexpected error: ${firstLine(error)}\n`);
  if (io.env.LEKTOR_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT.failed;
}
