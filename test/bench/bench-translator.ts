import path from 'node:path';
import type { ModelIdentity } from '../../models/translator.js';
import { loadMarianTranslator } from '../../models/marian/marian.js';
import type { TranslatorLoader } from '../../pipeline/engine/lazy-translator.js';
import { TARGET_PER_SOURCE_TOKEN, forcedOutputLength } from './forced-length.js';

export interface BenchModel {
  readonly modelDir: string;
  readonly dtype: 'fp32' | 'q8';
  readonly threads: number;
  /** Beam search width; 1 decodes greedily. @default 1 */
  readonly beams?: number;
  /** Where greedy decoding runs (`MarianOptions.greedyLoop`). */
  readonly greedyLoop?: 'onnx-runtime' | 'lektor';
  /** Profiles the model's sessions (`MarianOptions.profileFilePrefix`). */
  readonly profileFilePrefix?: string;
}

/** What the memory keys the bench model's outputs by: its forced lengths are part of its decoding. */
export function benchIdentity(model: BenchModel): ModelIdentity {
  return { id: model.modelDir, dtype: model.dtype, decoding: { num_beams: model.beams ?? 1, do_sample: false, forced_target_per_source_token: TARGET_PER_SOURCE_TOKEN } };
}

/** Lektor's Marian translator over the bench model, its outputs forced to the bench's lengths. */
export function loadBenchTranslator(model: BenchModel): TranslatorLoader {
  return () =>
    loadMarianTranslator({ id: model.modelDir, cacheDir: path.dirname(model.modelDir), offline: true, dtype: model.dtype, threads: model.threads, cwd: model.modelDir, outputLength: forcedOutputLength, beams: model.beams, greedyLoop: model.greedyLoop, profileFilePrefix: model.profileFilePrefix });
}
