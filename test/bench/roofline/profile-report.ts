/**
 * `npm run bench -- --profile`: one case, (b) or (c) (Lektor's engine, greedy; or with
 * `--profile-loop onnx-runtime`, (b') greedy inside ONNX Runtime), with ONNX Runtime's profiler on
 * in its sessions; prints where the time inside ONNX Runtime went, per call kind and per operator
 * type, then removes the profile files.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { markdownTable } from 'markdown-table';
import type { EngineCase } from '../engine-run.js';
import { runCase } from '../run-case.js';
import { CALL_KINDS, summariseProfiles, type ProfileEvent, type ProfileSummary } from './profile-summary.js';

/** Operator types listed one by one; the rest are added up in one row. */
const LISTED_OPS = 14;

const ms = (micros: number) => (micros / 1000).toFixed(0);
const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

function renderProfile(summary: ProfileSummary): string {
  const kinds = markdownTable(
    [['call kind', 'ms', 'share of run time'], ...CALL_KINDS.filter((kind) => summary.byKind.has(kind)).map((kind) => [kind, ms(summary.byKind.get(kind) ?? 0), share(summary.byKind.get(kind) ?? 0, summary.runMicros)])],
    { align: ['l', 'r', 'r'] },
  );
  const ops = [...summary.byOp].sort((a, b) => b[1] - a[1]);
  const kernels = ops.reduce((n, [, micros]) => n + micros, 0);
  const rest = ops.slice(LISTED_OPS).reduce((n, [, micros]) => n + micros, 0);
  const opTable = markdownTable(
    [
      ['operator type (self time)', 'ms', 'share of kernel time'],
      ...ops.slice(0, LISTED_OPS).map(([op, micros]) => [op, ms(micros), share(micros, kernels)]),
      ...(rest > 0 ? [[`${ops.length - LISTED_OPS} others`, ms(rest), share(rest, kernels)]] : []),
    ],
    { align: ['l', 'r', 'r'] },
  );
  return `${kinds}\n\n${opTable}`;
}

/** Runs the case in a process of its own with the profiler on, and renders its profile. */
export async function profileReport(engine: Omit<EngineCase, 'memoryFile' | 'profileFilePrefix'>, work: string): Promise<string> {
  const dir = await mkdtemp(path.join(work, 'profile-'));
  try {
    const result = await runCase({ kind: 'engine', ...engine, memoryFile: path.join(dir, 'memory.sqlite'), profileFilePrefix: path.join(dir, 'onnxruntime') });
    const files = (await readdir(dir)).filter((file) => file.startsWith('onnxruntime') && file.endsWith('.json'));
    if (files.length === 0) throw new Error(`bench --profile: ONNX Runtime wrote no profile in ${dir}`);
    const summary = summariseProfiles(await Promise.all(files.map(async (file) => JSON.parse(await readFile(path.join(dir, file), 'utf8')) as ProfileEvent[])));
    const head =
      `${engine.files.length} articles, ${result.sentences} sentences, ${result.tokens} target tokens, ${engine.dtype}, batch ${engine.batchSize}: ` +
      `${result.seconds.toFixed(1)} s without the model load (the profiler slows it), ${(summary.runMicros / 1e6).toFixed(1)} s of it inside ONNX Runtime's runs ` +
      `(${files.length} sessions profiled).`;
    return `${head}\n\n${renderProfile(summary)}\n`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
