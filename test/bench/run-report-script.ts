import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ROOT } from './run-case.js';

/**
 * Runs a bench script that prints a report of its own (`workers.ts`) in a process of its own, as
 * `npx tsx` would, and returns what it printed: one `npm run bench` gives every table.
 */
export function runReportScript(script: string, args: readonly string[]): Promise<string> {
  const file = fileURLToPath(new URL(`./${script}`, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout.trimEnd()) : reject(new Error(`bench script ${script} exited ${code}`))));
  });
}
