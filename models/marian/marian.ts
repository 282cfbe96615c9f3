import {
  AutoConfig,
  AutoTokenizer,
  LogLevel,
  env,
  type PreTrainedModel,
  type PreTrainedTokenizer,
  type PretrainedConfig,
  type Tensor,
} from '@huggingface/transformers';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ModelError, firstLine } from '../../pipeline/core/errors.js';
import { beamDecoder, searchBeams } from './beam-decoder.js';
import type { DecodedRow, Decoder } from './decoder.js';
import { teacherForcedLogProbs } from './decoder-run.js';
import { greedyDecoder } from './greedy-decoder.js';
import { openMarianModel } from './marian-model.js';
import { scoredTranslation, type Pieces } from './output-scores.js';
import type { Alternative, Decoding, ModelIdentity, RequiredTerms, Translation, Translator } from '../translator.js';
import { completedText, targetPrefix, type TargetPrefix } from './target-prefix.js';
import { missingFiles, resolveModelSource, type ModelSource } from '../model-source.js';
import { topKModelDir } from './top-k-decoder.js';
import { generationModelFile } from './ort-generation/generation-model.js';
import { openOrtDecoder, type OrtDecoder } from './ort-generation/ort-decoder.js';
import { DownloadFailure } from '../download/download-failure.js';
import { downloadModelFiles } from '../download/download-model.js';
import { DEFAULT_HUB } from '../download/hub-address.js';
import { MAX_BEAMS, type ModelSettings, type OpenOptions } from '../model-settings.js';

/** The model settings and open options, and what only tests and the bench set: the output lengths, where greedy decoding runs. */
export interface MarianOptions extends ModelSettings, OpenOptions {
  /**
   * How long each output may be, from its source's length in tokens (`</s>` included). A
   * different rule changes outputs: callers that set it key the memory with their own identity.
   * @default `defaultOutputLength`
   */
  readonly outputLength?: OutputLength;
  /**
   * Where greedy decoding runs: inside ONNX Runtime (`models/marian/ort-generation/`, the whole
   * loop in one `BeamSearch` node) or in Lektor's own loop (`greedy-decoder.ts`); both choose the
   * same tokens. Unset, each call takes the faster for it: `translateScored` Lektor's loop, which
   * reads each token's log-probability as it writes it, where ONNX Runtime's loop sees none and
   * its output is scored in a second, teacher-forced pass (`test/bench/scoring-cost.ts`, bench
   * model, batches of 32 sentences, 2 cores: Lektor's loop scored 1.58x the sentences/s in q8,
   * 1.78x in fp32, and held 180 MB and 640 MB less); plain `translate` ONNX Runtime's loop
   * (1.15x Lektor's in q8, 0.95-1.10x in fp32), its generation model opened on the first such call.
   * Set, every greedy call runs there (the bench compares them). Beam search and constrained
   * decoding always run in Lektor's own loop.
   */
  readonly greedyLoop?: 'onnx-runtime' | 'lektor';
  /**
   * For the bench's `--profile`: ONNX Runtime profiles every session and writes each profile to
   * `<prefix>_<date>.json` when the translator is disposed.
   */
  readonly profileFilePrefix?: string;
}

/** Lektor downloads a model's main branch, as transformers.js does by default. */
const HUB_REVISION = 'main';

/** Output tokens (`</s>` excluded) a row must reach before it may end, and at which it is ended. */
export type OutputLength = (sourceTokens: number) => { readonly min: number; readonly max: number };

/**
 * Greedy decoding with explicit settings: transformers.js ignores `num_beams` > 1 (it keeps the
 * first candidate after sorting the whole vocabulary), while opus-mt's config asks for 4.
 */
const DECODING = { num_beams: 1, do_sample: false } as const;

/**
 * Beam search as Hugging Face runs opus-mt (its generation config sets no `length_penalty` nor
 * `early_stopping`: 1.0 and `False`), plus a guard against OPUS-MT's loops: no n-gram of up to 4
 * tokens a fourth time in a row. Length normalisation favours long hypotheses, and a loop's
 * tokens are cheap, so beam search is where a loop would win; greedy keeps its settings and
 * transformers.js's outputs.
 */
const BEAM_SEARCH = { lengthPenalty: 1, repetition: { longest: 4, times: 3 } } as const;

/**
 * Constrained decoding (`translate`'s `required`): at most this many terms per sentence (the rest
 * are left to the caller's check), each its own tokens in a beam of at least `minBeams`, so that
 * dynamic beam allocation has a bank for a hypothesis without the terms yet: with one beam it
 * would write them at once.
 */
const CONSTRAINED = { maxTerms: 4, minBeams: 4 } as const;

/**
 * Rows × tokens one teacher-forced scoring call takes (`teacherForcedLogProbs`): its logits, and
 * their log-softmax, hold that many times the vocabulary (opus-mt: 58 101 floats, 0.23 MB a
 * position), some 120 MB at 256.
 */
const SCORING_POSITIONS = 256;

/** Output length follows the source, not the config's 512: a looping model stops early. */
const LENGTH_RULE = { perSourceToken: 2, extra: 10 } as const;

/** `LENGTH_RULE` for each sentence on its own: its output does not depend on the sentences batched with it. */
export const defaultOutputLength: OutputLength = (sourceTokens) => ({ min: 0, max: LENGTH_RULE.perSourceToken * sourceTokens + LENGTH_RULE.extra });

/**
 * Everything `translate` decides about generation besides the input, for the memory key. Greedy
 * keeps the key it always had; beam search adds its settings.
 */
function marianDecoding(beams = 1): Decoding {
  const greedy = { ...DECODING, max_tokens_per_source_token: LENGTH_RULE.perSourceToken, max_tokens_extra: LENGTH_RULE.extra };
  if (beams === 1) return greedy;
  const { lengthPenalty, repetition } = BEAM_SEARCH;
  return { ...greedy, num_beams: beams, length_penalty: lengthPenalty, early_stopping: false, repeat_ngram_longest: repetition.longest, repeat_ngram_times: repetition.times };
}

/** The identity `loadMarianTranslator(options)` would have, without loading anything. */
export function marianIdentity(options: Pick<MarianOptions, 'id' | 'cacheDir' | 'cwd' | 'dtype' | 'beams'>): ModelIdentity {
  const source = resolveModelSource(options.id, options.cacheDir, options.cwd);
  return { id: source.kind === 'hub' ? source.id : source.dir, dtype: options.dtype, decoding: marianDecoding(options.beams) };
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

/**
 * ONNX Runtime's threads do not spin-wait for work between runs: between decoding steps the
 * process runs JavaScript (each row's choice, garbage collection), and spinning threads take the
 * cores it needs. Measured on 2 cores, 50 bench articles: q8 25-30% faster, fp32 the same or a
 * little faster.
 *
 * No CPU memory arena: each session's arena grows by regions that double in size (to 1 GB) each
 * time no free chunk fits a request, and never gives memory back, so how far a long run's RSS
 * climbs depends on how its calls' shapes happened to fragment the arena (beam 4 q8: a 7.4 MB
 * logits request a third of the way through a run took a 64 MB region; three more such misses
 * add 896 MB). Without it a call's tensors are freed when it ends. Measured side by side,
 * alternating order: greedy and beam 4, fp32 and q8, and greedy inside ONNX Runtime as fast
 * (within the runs' order effect), the last 170 MB smaller (docs/benchmarks.md, Beam 4's memory).
 */
export function sessionOptions(threads: number, profileFilePrefix?: string) {
  return {
    ...(threads > 0 ? { intraOpNumThreads: threads, interOpNumThreads: 1 } : {}),
    enableCpuMemArena: false,
    extra: { session: { intra_op: { allow_spinning: '0' } } },
    ...(profileFilePrefix === undefined ? {} : { enableProfiling: true, profileFilePrefix }),
  };
}

/** Where derived models (`topKModelDir`, `generationModelFile`) are kept: hidden in the model cache. */
export const derivedModelsDir = (cacheDir: string) => path.join(cacheDir, '.derived');

/** Fetches the files a hub model is missing for a dtype into its cache folder. */
async function downloadModel(source: ModelSource & { kind: 'hub' }, missing: readonly string[], options: MarianOptions): Promise<void> {
  const hub = options.hub ?? DEFAULT_HUB;
  try {
    await downloadModelFiles({
      hub: { endpoint: hub, id: source.id, revision: HUB_REVISION },
      dir: source.dir,
      files: missing,
      token: options.hubToken,
      signal: options.signal,
      onEvent: options.onDownload,
    });
  } catch (cause) {
    if (options.signal?.aborted && cause === options.signal.reason) throw cause;
    if (cause instanceof DownloadFailure) throw new ModelError(`${describeSource(source)} could not be downloaded: ${cause.message}`, { cause });
    throw new ModelError(`${describeSource(source)} could not be downloaded from ${hub}: ${firstLine(cause)}`, { cause });
  }
}

/** The model's files for the dtype, downloaded into the cache first where they are missing and the run allows it. */
async function modelOnDisk(options: MarianOptions): Promise<ModelSource> {
  // transformers.js keeps its log level globally; its per-load MarianTokenizer warning is noise to
  // Lektor's users, and our own errors say what went wrong.
  env.logLevel = LogLevel.ERROR;
  const source = resolveModelSource(options.id, options.cacheDir, options.cwd);
  const missing = missingFiles(source.dir, options.dtype);
  if (missing.length > 0) {
    if (source.kind === 'directory' || options.offline) throw notAvailable(source, options.dtype, missing);
    await downloadModel(source, missing, options);
  }
  return source;
}

/** `loading`, or the one-line error that names the model it could not load. */
async function loadingOf<T>(source: ModelSource, loading: Promise<T>): Promise<T> {
  try {
    return await loading;
  } catch (cause) {
    throw new ModelError(`${describeSource(source)} could not be loaded: ${firstLine(cause)}`, { cause });
  }
}

const LOCAL = { local_files_only: true } as const;

/** The model's ONNX sessions, the merged decoder from its derived copy (`topKModelDir`), which also returns each row's best tokens. */
async function loadSessions(source: ModelSource, config: PretrainedConfig, options: MarianOptions): Promise<PreTrainedModel> {
  const dir = await topKModelDir(source.dir, options.dtype, derivedModelsDir(options.cacheDir));
  return openMarianModel(dir, options.dtype, config, sessionOptions(options.threads, options.profileFilePrefix));
}

/** Loads tokenizer, config and weights, downloading into the cache only when the run allows it. */
export async function loadMarianParts(options: MarianOptions): Promise<{ tokenizer: PreTrainedTokenizer; model: PreTrainedModel; source: ModelSource }> {
  const source = await modelOnDisk(options);
  const [tokenizer, model] = await loadingOf(
    source,
    Promise.all([AutoTokenizer.from_pretrained(source.dir, LOCAL), AutoConfig.from_pretrained(source.dir, LOCAL).then((config) => loadSessions(source, config, options))]),
  );
  return { tokenizer, model, source };
}

/** Each term's tokens as the model writes it inside a sentence (word-initial, `▁…`); a term the vocabulary cannot spell without `<unk>` cannot be required. */
function termTokens(tokenizer: PreTrainedTokenizer, terms: readonly string[]): number[][] {
  const unknown = (tokenizer as unknown as { unk_token_id?: number }).unk_token_id;
  const distinct = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].slice(0, CONSTRAINED.maxTerms);
  return distinct.map((term) => tokenizer.encode(term, { add_special_tokens: false })).filter((ids) => ids.length > 0 && !ids.includes(unknown as number));
}

/**
 * The decoder calls a batch of `batchSize` sentences is searched in, `width` beams wide: each call's
 * start in `items` and its sentences. A sentence takes `width` decoder rows, so a call takes
 * batchSize / width sentences: its rows, and the key/value cache held at every step, stay at what
 * the batch size asks for (beam 4 fp32 on 30 bench articles: peak RSS 1.8–1.9 GB in one call of 32
 * sentences, 1.2 GB in calls of 8; 10–25% fewer tokens/s under load, where a call of n rows costs
 * about n + 2.5 rows' time). Greedy (`width` 1) keeps the batch whole.
 */
export function searchCalls<T>(items: readonly T[], batchSize: number, width: number): [number, T[]][] {
  const size = Math.max(1, Math.ceil(batchSize / width));
  const calls: [number, T[]][] = [];
  for (let at = 0; at < items.length; at += size) calls.push([at, items.slice(at, at + size)]);
  return calls;
}

/** Row indices in order, cut where one more row would take a scoring call past `SCORING_POSITIONS` (a call has at least one row). */
function scoringCalls(rows: readonly DecodedRow[]): number[][] {
  const calls: number[][] = [];
  let longest = 0;
  rows.forEach((row, i) => {
    const call = calls.at(-1);
    const width = Math.max(longest, row.tokens.length + 1);
    if (call && (call.length + 1) * width <= SCORING_POSITIONS) {
      call.push(i);
      longest = width;
    } else {
      calls.push([i]);
      longest = row.tokens.length + 1;
    }
  });
  return calls;
}

/** The tokenizer's pieces by id, and decoding, as scoring needs them. */
function tokenizerPieces(tokenizer: PreTrainedTokenizer): Pieces {
  const vocabulary = tokenizer.get_vocab() as Map<string, number>;
  const pieces: string[] = [];
  for (const [piece, id] of vocabulary) pieces[id] = piece;
  return { piece: (id) => pieces[id] ?? '', text: (ids) => tokenizer.decode([...ids], { skip_special_tokens: true }) };
}

export async function loadMarianTranslator(options: MarianOptions): Promise<Translator> {
  const beams = options.beams ?? 1;
  if (!Number.isInteger(beams) || beams < 1 || beams > MAX_BEAMS) throw new RangeError(`loadMarianTranslator: beams must be an integer from 1 to ${MAX_BEAMS}, got ${String(beams)}`);
  const source = await modelOnDisk(options);
  const [tokenizer, modelConfig] = await loadingOf(source, Promise.all([AutoTokenizer.from_pretrained(source.dir, LOCAL), AutoConfig.from_pretrained(source.dir, LOCAL)]));
  const config = modelConfig as unknown as { eos_token_id?: number; pad_token_id?: number; decoder_start_token_id?: number; bad_words_ids?: number[][] };
  // Single-token bad words (opus-mt: `<pad>`), as transformers.js's generate suppresses them.
  const rules = {
    startId: config.decoder_start_token_id ?? 0,
    eosId: config.eos_token_id ?? 0,
    suppressIds: (config.bad_words_ids ?? []).filter((ids) => ids.length === 1).map(([id]) => id as number),
  };
  /** Where a greedy call runs: `scored` says whether its log-probabilities are wanted. */
  const greedyIn = (scored: boolean) => options.greedyLoop ?? (scored ? 'lektor' : 'onnx-runtime');
  let generation: Promise<OrtDecoder> | undefined;
  const ort = () =>
    (generation ??= loadingOf(
      source,
      generationModelFile(source.dir, options.dtype, derivedModelsDir(options.cacheDir)).then((file) =>
        openOrtDecoder(file, { ...rules, padId: config.pad_token_id ?? rules.startId }, { beams: 1, lengthPenalty: 1 }, sessionOptions(options.threads, options.profileFilePrefix)),
      ),
    ));
  // The sessions of Lektor's own loops, and the generation model where greedy runs in ONNX Runtime
  // whatever the call, are loaded now: a model that cannot load fails here, not at its first sentence.
  // Either is loaded later where a call needs it (the weights are then held twice).
  let sessions: Promise<PreTrainedModel> | undefined;
  const model = () => (sessions ??= loadingOf(source, loadSessions(source, modelConfig, options)));
  await (beams === 1 && options.greedyLoop === 'onnx-runtime' ? ort() : model());
  const decoder = async (scored: boolean): Promise<Decoder> => {
    if (beams > 1) return beamDecoder(await model(), rules, { beams, ...BEAM_SEARCH });
    return greedyIn(scored) === 'onnx-runtime' ? ort() : greedyDecoder(await model(), rules);
  };
  const constrained = async (): Promise<Decoder> => beamDecoder(await model(), rules, { beams: Math.max(beams, CONSTRAINED.minBeams), ...BEAM_SEARCH });
  const outputLength = options.outputLength ?? defaultOutputLength;
  const encode = (texts: readonly string[]) => tokenizer([...texts], { padding: true, truncation: true }) as { input_ids: Tensor; attention_mask: Tensor };
  let pieces: Pieces | undefined;
  let generated = 0;

  /** Each row's log-probabilities: the loop's own, or (the loop inside ONNX Runtime sees none) a teacher-forced pass over what it chose. */
  const logProbsOf = async (texts: readonly string[], rows: readonly DecodedRow[]): Promise<readonly (readonly number[])[]> => {
    if (rows.every((row) => row.logProbs)) return rows.map((row) => row.logProbs as readonly number[]);
    const scores: (readonly number[])[] = [];
    for (const call of scoringCalls(rows)) {
      const outputs = call.map((i) => (rows[i] as DecodedRow).tokens);
      const found = await teacherForcedLogProbs(await model(), encode(call.map((i) => texts[i] as string)), outputs, rules);
      call.forEach((i, j) => (scores[i] = found[j] as number[]));
    }
    return scores;
  };

  /** Each input's output lengths, a prefix's tokens and room after them included. */
  const rowLengths = (inputs: { attention_mask: Tensor }, prefixes?: readonly (TargetPrefix | undefined)[]) =>
    (inputs.attention_mask.tolist() as bigint[][]).map((row, i) => {
      const length = outputLength(row.reduce((n, bit) => n + Number(bit), 0));
      const prefix = prefixes?.[i];
      // A token writes at least a character of its prefix: room for all of them, then for the rule's extra.
      return prefix ? { min: length.min, max: Math.max(length.max, prefix.text.length + LENGTH_RULE.extra) } : length;
    });

  /** Each row's tokens (and the loop's log-probabilities where it sees them). */
  const run = async (texts: readonly string[], using: Decoder, constraints?: number[][][], prefixes?: readonly (TargetPrefix | undefined)[]): Promise<DecodedRow[]> => {
    const inputs = encode(texts);
    const lengths = rowLengths(inputs, prefixes);
    const rows = await using.decode(inputs, { minTokens: lengths.map((l) => l.min), maxTokens: lengths.map((l) => l.max), ...(constraints ? { constraints } : {}), ...(prefixes ? { prefixes } : {}) });
    generated += rows.reduce((n, row) => n + row.tokens.length, 0);
    return rows;
  };

  const textOf = (tokens: readonly number[]) => (tokens.length === 0 ? '' : tokenizer.decode([...tokens], { skip_special_tokens: true }).trim());

  const scoredOf = async (texts: readonly string[], rows: readonly DecodedRow[]): Promise<Translation[]> => {
    const logProbs = await logProbsOf(texts, rows);
    pieces ??= tokenizerPieces(tokenizer);
    return rows.map((row, i) => scoredTranslation(textOf(row.tokens), row.tokens, logProbs[i] as readonly number[], pieces as Pieces));
  };

  const decode = async (texts: readonly string[], using: Decoder, scored: boolean, constraints?: number[][][]): Promise<Translation[]> => {
    const rows = await run(texts, using, constraints);
    return scored ? scoredOf(texts, rows) : rows.map((row) => ({ text: textOf(row.tokens) }));
  };

  /**
   * Sentences with terms to write take the constrained beam, the others the run's decoder; each
   * call searches part of the batch (`searchCalls`) and gives its results for its sentences.
   */
  const byTerms = async <T>(
    batch: readonly string[],
    required: readonly RequiredTerms[] | undefined,
    free: () => Promise<Decoder>,
    call: (indices: readonly number[], using: Decoder, constraints?: number[][][]) => Promise<T[]>,
  ): Promise<T[]> => {
    const tokens = batch.map((_, i) => termTokens(tokenizer, required?.[i] ?? []));
    const unbound = batch.flatMap((_, i) => (tokens[i]?.length ? [] : [i]));
    const bound = batch.flatMap((_, i) => (tokens[i]?.length ? [i] : []));
    const outputs: T[] = [];
    const fill = async (indices: number[], using: () => Promise<Decoder>, width: number, constraints?: number[][][]) => {
      for (const [at, part] of searchCalls(indices, batch.length, width)) {
        const results = await call(part, await using(), constraints?.slice(at, at + part.length));
        part.forEach((i, j) => (outputs[i] = results[j] as T));
      }
    };
    await fill(unbound, free, beams);
    await fill(bound, constrained, Math.max(beams, CONSTRAINED.minBeams), bound.map((i) => tokens[i] as number[][]));
    return outputs;
  };

  const translate = (batch: readonly string[], required: readonly RequiredTerms[] | undefined, scored: boolean): Promise<Translation[]> =>
    byTerms(batch, required, () => decoder(scored), (indices, using, constraints) => decode(indices.map((i) => batch[i] as string), using, scored, constraints));

  /** The run's decoder in Lektor's own loop: the loop inside ONNX Runtime cannot be given a start. */
  const ownLoop = async (): Promise<Decoder> => (beams > 1 ? decoder(true) : greedyDecoder(await model(), rules));

  let vocabulary: Map<string, number> | undefined;
  const complete = async (batch: readonly string[], prefixes: readonly string[], required?: readonly RequiredTerms[]): Promise<string[]> => {
    pieces ??= tokenizerPieces(tokenizer);
    vocabulary ??= tokenizer.get_vocab() as Map<string, number>;
    const unknown = (tokenizer as unknown as { unk_token_id?: number }).unk_token_id ?? rules.eosId;
    const starts = batch.map((_, i) => targetPrefix(prefixes[i] ?? '', vocabulary as Map<string, number>, (pieces as Pieces).piece, unknown));
    return byTerms(batch, required, ownLoop, async (indices, using, constraints) => {
      const rows = await run(indices.map((i) => batch[i] as string), using, constraints, indices.map((i) => starts[i]));
      return rows.map((row, j) => completedText(prefixes[indices[j] as number] ?? '', starts[indices[j] as number], row.tokens, textOf));
    });
  };

  const alternatives = async (batch: readonly string[], n: number, required?: readonly RequiredTerms[]): Promise<Alternative[][]> => {
    if (!Number.isInteger(n) || n < 1 || n > MAX_BEAMS) throw new RangeError(`alternatives: n must be an integer from 1 to ${MAX_BEAMS}, got ${String(n)}`);
    const tokens = batch.map((_, i) => termTokens(tokenizer, required?.[i] ?? []));
    const width = Math.max(n, beams, tokens.some((t) => t.length > 0) ? CONSTRAINED.minBeams : 1);
    const loaded = await model();
    const outputs: Alternative[][] = [];
    for (const [at, part] of searchCalls([...batch.keys()], batch.length, width)) {
      const inputs = encode(part.map((i) => batch[i] as string));
      const lengths = rowLengths(inputs);
      const constraints = part.map((i) => tokens[i] as number[][]);
      const found = await searchBeams(loaded, inputs, { ...rules, beams: width, ...BEAM_SEARCH, minTokens: lengths.map((l) => l.min), maxTokens: lengths.map((l) => l.max), constraints });
      pieces ??= tokenizerPieces(tokenizer);
      found.forEach((finished, j) => {
        const seen = new Set<string>();
        const distinct = finished.flatMap((hypothesis) => {
          const text = textOf(hypothesis.tokens);
          if (seen.has(text)) return [];
          seen.add(text);
          return [{ ...scoredTranslation(text, hypothesis.tokens, hypothesis.logProbs, pieces as Pieces), score: hypothesis.score }];
        });
        outputs[at + j] = distinct.slice(0, n);
      });
    }
    return outputs;
  };

  return {
    modelId: source.id,
    dtype: options.dtype,
    translate: async (batch, required) => (await translate(batch, required, false)).map((t) => t.text),
    translateScored: (batch, required) => translate(batch, required, true),
    alternatives,
    complete,
    generatedTokens: () => generated,
    inputLength: (input) => tokenizer.encode(input).length,
    async dispose() {
      if (generation) await (await generation).dispose();
      if (sessions) await (await sessions).dispose();
    },
  };
}
