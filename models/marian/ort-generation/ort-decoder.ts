import ort from 'onnxruntime-node';
import type { Decoder, RowSettings } from '../decoder.js';
import type { TokenRules } from '../greedy-decoder.js';
import { GENERATION_INPUTS as INPUT, GENERATION_OUTPUTS as OUTPUT } from './generation-model.js';

/** How the operator searches. */
export interface OrtSearch {
  /**
   * 1: greedy (the operator's beam search with one beam and `early_stopping`, which ends a row at
   * its first `</s>`), what Lektor decodes with. More: ONNX Runtime's own beam search, not
   * Lektor's (no forced `</s>` at a row's limit, no repetition guard), measured beside it in
   * `test/bench/loop-designs.ts`.
   */
  readonly beams: number;
  /** Hypothesis score = sum of log-probabilities / length ^ this; no effect on greedy. */
  readonly lengthPenalty: number;
}

/** A `Decoder` whose whole loop runs inside ONNX Runtime, and the session it holds. */
export interface OrtDecoder extends Decoder {
  dispose(): Promise<void>;
}

/**
 * Rows that run in one call. The operator takes one `min_length` per call: `</s>` is kept out of
 * every row's first `minTokens` tokens, and each row is cut at its own `maxTokens` afterwards
 * (greedy's tokens never depend on later ones, so the cut is the same as Lektor's forced `</s>`).
 */
interface Group {
  readonly rows: number[];
  readonly minTokens: number;
}

/**
 * What one step of a call costs besides its rows, in rows: a call of n rows took about
 * (n + 2.5) times one row's share (bench model, fp32, 2 cores, 8 to 64 rows).
 */
const STEP_OVERHEAD_ROWS = 2.5;

/**
 * `rows` cut into calls. A call runs until its longest limit, carrying rows that ended, so rows of
 * very different limits cost less apart; every call costs its steps' overhead. Rows are sorted by
 * limit and cut where the estimated cost, (rows + overhead) × longest limit summed over the calls,
 * is least.
 */
function cutByLimit(rows: readonly number[], limits: readonly number[]): number[][] {
  const sorted = [...rows].sort((x, y) => (limits[x] ?? 0) - (limits[y] ?? 0));
  // best[i]: the least cost of the first i rows, and where its last call starts.
  const best: { cost: number; from: number }[] = [{ cost: 0, from: 0 }];
  for (let i = 1; i <= sorted.length; i++) {
    const longest = limits[sorted[i - 1] as number] ?? 0;
    let choice = { cost: Infinity, from: 0 };
    for (let from = 0; from < i; from++) {
      const cost = (best[from]?.cost ?? 0) + (i - from + STEP_OVERHEAD_ROWS) * longest;
      if (cost < choice.cost) choice = { cost, from };
    }
    best.push(choice);
  }
  const calls: number[][] = [];
  for (let end = sorted.length; end > 0; end = best[end]?.from ?? 0) calls.unshift(sorted.slice(best[end]?.from ?? 0, end));
  return calls;
}

/**
 * Rows grouped so that the call's one `min_length` is right for each: rows that may end before
 * their limit by the minimum they share (Lektor's own rule gives every row 0), rows that must run
 * to their limit (a forced length) with a minimum of the call's longest limit; then cut by limit.
 */
function groups(settings: RowSettings): Group[] {
  const byMinimum = new Map<string, number[]>();
  settings.maxTokens.forEach((max, row) => {
    const min = settings.minTokens[row] ?? 0;
    const key = min >= max ? 'to the limit' : String(min);
    byMinimum.set(key, [...(byMinimum.get(key) ?? []), row]);
  });
  return [...byMinimum].flatMap(([key, rows]) =>
    cutByLimit(rows, settings.maxTokens).map((call) => ({
      rows: call,
      minTokens: key === 'to the limit' ? Math.max(...call.map((row) => settings.maxTokens[row] ?? 0)) : Number(key),
    })),
  );
}

const int32 = (values: ArrayLike<number>, dims: number[]) => new ort.Tensor('int32', Int32Array.from(values), dims);
const float = (value: number) => new ort.Tensor('float32', Float32Array.of(value), [1]);

/**
 * Opens the generation model (`generationModelFile`) and decodes with it. Lengths count as in
 * Lektor's own loop: a row's output has at least `minTokens` and at most `maxTokens` tokens before
 * its `</s>`. Sentences of different lengths run as one padded call (padding changes no row's
 * tokens) unless their limits lie far apart (`cutByLimit`): rows that end early are carried until
 * the call's longest ends, where Lektor's own loop drops them.
 */
export async function openOrtDecoder(
  file: string,
  rules: TokenRules & { readonly padId: number },
  search: OrtSearch,
  sessionOptions: ort.InferenceSession.SessionOptions,
): Promise<OrtDecoder> {
  // Its warnings (weights the graph optimiser dropped as unused) are no concern of Lektor's users.
  const session = await ort.InferenceSession.create(file, { logSeverityLevel: 3, ...sessionOptions });
  const mask = session.inputMetadata.find((input) => input.name === INPUT.vocabMask);
  const vocabulary = Number(mask?.isTensor ? mask.shape[0] : 0);
  const allowed = new Int32Array(vocabulary).fill(1);
  for (const id of rules.suppressIds) allowed[id] = 0;
  const vocabMask = int32(allowed, [vocabulary]);

  /** The group's rows, padded to their longest source, decoded in one call. */
  async function run(sources: readonly (readonly number[])[], limits: readonly number[], minTokens: number): Promise<number[][]> {
    const longest = Math.max(...limits);
    if (longest === 0) return sources.map(() => []);
    const width = Math.max(...sources.map((source) => source.length));
    const padded = sources.flatMap((source) => [...source, ...Array<number>(width - source.length).fill(rules.padId)]);
    const mask = sources.flatMap((source) => [...Array<number>(source.length).fill(1), ...Array<number>(width - source.length).fill(0)]);
    // The operator's lengths count the start token, and its minimum must stay below its maximum.
    const maxLength = Math.max(longest, minTokens + 1) + 1;
    const result = await session.run({
      [INPUT.ids]: int32(padded, [sources.length, width]),
      [INPUT.attentionMask]: int32(mask, [sources.length, width]),
      [INPUT.maxLength]: int32([maxLength], [1]),
      [INPUT.minLength]: int32([minTokens + 1], [1]),
      [INPUT.beams]: int32([search.beams], [1]),
      [INPUT.returnSequences]: int32([1], [1]),
      [INPUT.lengthPenalty]: float(search.lengthPenalty),
      [INPUT.repetitionPenalty]: float(1),
      [INPUT.vocabMask]: vocabMask,
    });
    const sequences = result[OUTPUT.sequences] as ort.Tensor;
    const data = sequences.data as Int32Array;
    const length = sequences.dims[2] ?? 0;
    return sources.map((_, r) => {
      // Position 0 is the start token; a row ends at `</s>` or where padding begins.
      const tokens = [...data.subarray(r * length + 1, (r + 1) * length)];
      const end = tokens.findIndex((id) => id === rules.eosId || id === rules.padId);
      return (end < 0 ? tokens : tokens.slice(0, end)).slice(0, limits[r]);
    });
  }

  return {
    async decode(inputs, settings) {
      if (settings.constraints?.some((row) => row.length > 0)) throw new Error('openOrtDecoder: the generation model cannot constrain its output; use beamDecoder');
      const ids = inputs.input_ids.tolist() as bigint[][];
      const mask = inputs.attention_mask.tolist() as bigint[][];
      const sources = ids.map((row, r) => row.filter((_, i) => mask[r]?.[i] === 1n).map(Number));
      // The operator gives no token's log-probability: these rows are scored apart, where wanted.
      const outputs: { tokens: number[] }[] = [];
      for (const group of groups(settings)) {
        const tokens = await run(
          group.rows.map((row) => sources[row] as number[]),
          group.rows.map((row) => settings.maxTokens[row] ?? 0),
          group.minTokens,
        );
        group.rows.forEach((row, i) => (outputs[row] = { tokens: tokens[i] as number[] }));
      }
      return outputs;
    },
    dispose: () => session.release(),
  };
}
