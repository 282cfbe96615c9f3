import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchCase, CaseResult } from './measure-case.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MEASURE = fileURLToPath(new URL('./measure-case.ts', import.meta.url));

/** Runs a bench case in a process of its own (`measure-case.ts`), so its peak RSS is its own. */
export function runCase(spec: BenchCase): Promise<CaseResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MEASURE, JSON.stringify(spec)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || last === '') reject(new Error(`bench case ${spec.kind} ${spec.dtype} exited ${code}`));
      else resolve(JSON.parse(last) as CaseResult);
    });
  });
}
