import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { loadGlossary } from '../../glossary/load.js';
import { translateFiles } from '../../pipeline/app/translate/translate-files.js';
import { resolveConfig } from '../../pipeline/config.js';
import { openSqliteMemory } from '../../pipeline/engine/memory/sqlite-memory.js';
import { benchIdentity, loadBenchTranslator } from './bench-translator.js';

export interface EngineCase {
  readonly modelDir: string;
  readonly dtype: 'fp32' | 'q8';
  /** The articles to translate (absolute paths). */
  readonly files: readonly string[];
  /** SQLite translation memory; a re-run with the same file is served from it. */
  readonly memoryFile: string;
  readonly batchSize: number;
  /** Padded input tokens per model call (`translate.batchTokens`); 0 or absent: by `batchSize` alone. */
  readonly batchTokens?: number;
  readonly threads: number;
  /** Beam search width; 1 decodes greedily. @default 1 */
  readonly beams?: number;
  /** A glossary whose terms the run enforces with `constrain` (constrained beam search). */
  readonly constrain?: string;
  /** Where greedy decoding runs (`MarianOptions.greedyLoop`). */
  readonly greedyLoop?: 'onnx-runtime' | 'lektor';
  /** Profiles the model's sessions (`MarianOptions.profileFilePrefix`). */
  readonly profileFilePrefix?: string;
}

export interface EngineResult {
  readonly sentences: number;
  readonly fromMemory: number;
  readonly tokens: number;
  /** `null` when the memory answered everything and the model never loaded. */
  readonly loadSeconds: number | null;
  /** Run time without the model load. */
  readonly seconds: number;
  /** CPU time of the process (every thread) after the model load: the work, where a loaded machine stretches `seconds`. 0 when the model never loaded. */
  readonly cpuSeconds: number;
  readonly modelCalls: number;
}

/**
 * Lektor's engine (`translateFiles`) over corpus articles, as `lektor translate` runs it:
 * pooled length-matched batches, the translation memory, QA, txt outputs, with Lektor's Marian
 * translator, whose outputs are forced to the bench's lengths.
 */
export async function runEngine(options: EngineCase): Promise<EngineResult> {
  const out = await mkdtemp(path.join(path.dirname(options.memoryFile), 'out-'));
  const config = resolveConfig(
    [
      {
        model: { id: options.modelDir, dtype: options.dtype, threads: options.threads, beams: options.beams },
        translate: { batchSize: options.batchSize, batchTokens: options.batchTokens },
        output: { dir: out, formats: ['txt'] },
        ...(options.constrain === undefined ? {} : { glossary: { path: options.constrain, strategy: 'constrain' as const } }),
      },
    ],
    {},
  );
  const memory = openSqliteMemory(options.memoryFile);
  const load = loadBenchTranslator(options);
  let loaded: NodeJS.CpuUsage | undefined;
  try {
    const { report } = await translateFiles(options.files, {
      config,
      cwd: path.dirname(options.memoryFile),
      now: new Date(0),
      identity: benchIdentity(options),
      memory,
      loadTranslator: async () => {
        const translator = await load();
        loaded = process.cpuUsage();
        return translator;
      },
      stageDeps: { glossary: options.constrain === undefined ? undefined : await loadGlossary(options.constrain, path.dirname(options.memoryFile)) },
    });
    if (report.status !== 'completed') throw new Error(`engine run ended ${report.status}: ${report.error ?? report.failures[0]?.reason ?? ''}`);
    const { counts, timings } = report;
    const cpu = loaded === undefined ? undefined : process.cpuUsage(loaded);
    return {
      sentences: counts.sentences,
      fromMemory: counts.sentencesFromMemory,
      tokens: counts.generatedTokens,
      loadSeconds: timings.modelLoadMs === null ? null : timings.modelLoadMs / 1000,
      seconds: (timings.totalMs - (timings.modelLoadMs ?? 0)) / 1000,
      cpuSeconds: cpu === undefined ? 0 : (cpu.user + cpu.system) / 1e6,
      modelCalls: counts.modelCalls,
    };
  } finally {
    await memory.close();
    await rm(out, { recursive: true, force: true });
  }
}
