import {
  AutoModelForSeq2SeqLM,
  AutoTokenizer,
  LogLevel,
  env,
  type PreTrainedModel,
  type PreTrainedTokenizer,
  type Tensor,
} from '@huggingface/transformers';
import { existsSync } from 'node:fs';
import { ModelError } from '../pipeline/errors.js';
import type { Decoding, ModelIdentity, Translator } from './translator.js';
import { missingFiles, resolveModelSource, type ModelSource } from './model-source.js';

export interface MarianOptions {
  /** Hub id or model directory. */
  readonly id: string;
  /** Folder that caches hub models. */
  readonly cacheDir: string;
  /** Never reach the network. */
  readonly offline: boolean;
  readonly dtype: 'fp32' | 'q8';
  /** ONNX Runtime intra-op threads; 0 lets ONNX Runtime decide. */
  readonly threads: number;
  /** Resolves relative model directories. */
  readonly cwd: string;
}

/**
 * Greedy decoding with explicit settings: transformers.js ignores `num_beams` > 1 (it keeps the
 * first candidate after sorting the whole vocabulary), while opus-mt's config asks for 4.
 */
const DECODING = { num_beams: 1, do_sample: false } as const;

/**
 * Output length follows the source, not the config's 512: a looping model stops early. opus-mt's
 * `forced_eos_token_id` spends the last of `max_new_tokens` on `</s>`, hence the `+ 1`.
 */
const LENGTH_RULE = { perSourceToken: 2, extra: 10 + 1 } as const;

export function maxNewTokens(longestSourceTokens: number): number {
  return LENGTH_RULE.perSourceToken * longestSourceTokens + LENGTH_RULE.extra;
}

/** Everything `translate` decides about generation besides the input, for the memory key. */
export const MARIAN_DECODING: Decoding = {
  ...DECODING,
  max_new_tokens_per_source_token: LENGTH_RULE.perSourceToken,
  max_new_tokens_extra: LENGTH_RULE.extra,
};

/** The identity `loadMarianTranslator(options)` would have, without loading anything. */
export function marianIdentity(options: Pick<MarianOptions, 'id' | 'cacheDir' | 'cwd' | 'dtype'>): ModelIdentity {
  const source = resolveModelSource(options.id, options.cacheDir, options.cwd);
  return { id: source.kind === 'hub' ? source.id : source.dir, dtype: options.dtype, decoding: MARIAN_DECODING };
}

/**
 * Each row's generated ids up to its first `</s>`. transformers.js keeps a finished row generating
 * until every row of the batch has ended, so without the cut a short sentence batched with long
 * ones could come back with text invented after its end.
 */
export function rowsUntilEos(output: Tensor, eosId: number): number[][] {
  const [rows = 0, length = 0] = output.dims;
  const ids = output.data as BigInt64Array;
  const eos = BigInt(eosId);
  const result: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    // Position 0 is the decoder start token, not output.
    for (let t = 1; t < length; t++) {
      const id = ids[r * length + t]!;
      if (id === eos) break;
      row.push(Number(id));
    }
    result.push(row);
  }
  return result;
}

export function describeSource(source: ModelSource): string {
  return source.kind === 'hub' ? `model "${source.id}"` : `model directory "${source.dir}"`;
}

/** The one-line error for a model that is not on disk, with the command that fixes it. */
export function notAvailable(source: ModelSource, dtype: string, missing: readonly string[]): ModelError {
  if (source.kind === 'directory') {
    return existsSync(source.dir)
      ? new ModelError(`${describeSource(source)} is incomplete for dtype ${dtype}: missing ${missing.join(', ')}`)
      : new ModelError(`${describeSource(source)} not found`);
  }
  return new ModelError(
    `${describeSource(source)} is not available offline (looked in ${source.dir}); run \`lektor models pull ${source.id}${dtype === 'fp32' ? '' : ` --dtype ${dtype}`}\``,
  );
}

/** Loads tokenizer and weights, downloading into the cache only when the run allows it. */
export async function loadMarianParts(options: MarianOptions): Promise<{ tokenizer: PreTrainedTokenizer; model: PreTrainedModel; source: ModelSource }> {
  // transformers.js keeps its log level globally; its per-load MarianTokenizer warning is noise to
  // Lektor's users, and our own errors say what went wrong.
  env.logLevel = LogLevel.ERROR;
  const source = resolveModelSource(options.id, options.cacheDir, options.cwd);
  const missing = missingFiles(source.dir, options.dtype);
  const localOnly = source.kind === 'directory' || options.offline || missing.length === 0;
  if (localOnly && missing.length > 0) throw notAvailable(source, options.dtype, missing);
  const where = source.kind === 'directory' ? source.dir : source.id;
  const common = { local_files_only: localOnly, cache_dir: source.kind === 'hub' ? source.cacheDir : undefined };
  try {
    const [tokenizer, model] = await Promise.all([
      AutoTokenizer.from_pretrained(where, common),
      AutoModelForSeq2SeqLM.from_pretrained(where, {
        ...common,
        dtype: options.dtype,
        device: 'cpu',
        session_options: options.threads > 0 ? { intraOpNumThreads: options.threads, interOpNumThreads: 1 } : {},
      }),
    ]);
    return { tokenizer, model, source };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    if (!localOnly) {
      throw new ModelError(
        `${describeSource(source)} is not in ${source.dir} and could not be downloaded (${reason}); run \`lektor models pull ${source.id}\` where the network is reachable, or pass --model DIR`,
        { cause },
      );
    }
    throw new ModelError(`${describeSource(source)} could not be loaded: ${reason}`, { cause });
  }
}

export async function loadMarianTranslator(options: MarianOptions): Promise<Translator> {
  const { tokenizer, model, source } = await loadMarianParts(options);
  const eosId = (model.config as { eos_token_id?: number }).eos_token_id ?? 0;
  let generated = 0;
  return {
    modelId: source.id,
    dtype: options.dtype,
    async translate(batch) {
      if (batch.length === 0) return [];
      const inputs = tokenizer([...batch], { padding: true, truncation: true }) as { input_ids: Tensor; attention_mask: Tensor };
      const longest = inputs.input_ids.dims[1] ?? 0;
      const output = (await model.generate({ ...inputs, ...DECODING, max_new_tokens: maxNewTokens(longest) })) as Tensor;
      const rows = rowsUntilEos(output, eosId);
      generated += rows.reduce((n, row) => n + row.length, 0);
      return tokenizer.batch_decode(rows, { skip_special_tokens: true }).map((s) => s.trim());
    },
    generatedTokens: () => generated,
    async dispose() {
      await model.dispose();
    },
  };
}
