import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built CLI (`dist/`, as `npx lektor` would) in a child process that cannot reach the
 * network. `npm test` builds before vitest starts.
 */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string; onSpawn?: (child: ChildProcess) => void; keepStdinOpen?: boolean } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', path.join(repoRoot, 'test/helpers/deny-network.mjs'), path.join(repoRoot, 'dist/pipeline/app/bin.js'), ...args],
      { cwd: options.cwd ?? repoRoot, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    options.onSpawn?.(child);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    // A test that talks to the child through its stdin ends it itself.
    if (!options.keepStdinOpen) child.stdin.end(options.input ?? '');
  });
}
