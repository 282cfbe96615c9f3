import ort from 'onnxruntime-node';
import type { EncodedBatch } from '../decoder-run.js';
import type { Decoder, RowSettings } from '../decoder.js';
import type { TokenRules } from '../greedy-decoder.js';
import { GENERATION_INPUTS as INPUT, GENERATION_OUTPUTS as OUTPUT } from './generation-model.js';

/** How the operator searches. */
export interface OrtSearch {
  /** 1: greedy (the operator's beam search with one beam and `early_stopping`, which ends a row at its first `</s>`). */
  readonly beams: number;
  /** Hypothesis score = sum of log-probabilities / length ^ this; no effect on greedy. */
  readonly lengthPenalty: number;
}

/** A `Decoder` whose whole loop runs inside ONNX Runtime, and the session it holds. */
export interface OrtDecoder extends Decoder {
  dispose(): Promise<void>;
}

/** Rows that run in one call: the same source length and the same limits. */
interface Group {
  readonly source: number[][];
  readonly rows: number[];
  readonly min: number;
  readonly max: number;
}

/**
 * Rows grouped by source length and limits. The operator takes one `max_length` and `min_length`
 * per call, and a group of one source length needs no padding: a sentence's output never
 * depends on its batch mates. Lektor's pool sends batches of one source length, so a call is
 * usually one group.
 */
function groups(inputs: EncodedBatch, settings: RowSettings): Group[] {
  const ids = inputs.input_ids.tolist() as bigint[][];
  const mask = inputs.attention_mask.tolist() as bigint[][];
  const byKey = new Map<string, Group>();
  ids.forEach((row, r) => {
    const source = row.filter((_, i) => mask[r]?.[i] === 1n).map(Number);
    const max = settings.maxTokens[r] ?? 0;
    const min = Math.min(settings.minTokens[r] ?? 0, max);
    const key = `${source.length}:${min}:${max}`;
    const group = byKey.get(key) ?? { source: [], rows: [], min, max };
    group.source.push(source);
    group.rows.push(r);
    byKey.set(key, group);
  });
  return [...byKey.values()];
}

const int32 = (values: ArrayLike<number>, dims: number[]) => new ort.Tensor('int32', Int32Array.from(values), dims);
const float = (value: number) => new ort.Tensor('float32', Float32Array.of(value), [1]);

/**
 * Opens the generation model (`generationModelFile`) and decodes with it. Lengths count as in
 * Lektor's own loop: a row's output has at least `minTokens` and at most `maxTokens` tokens before
 * its `</s>`. The operator's lengths count the start token, and it needs `min_length` below
 * `max_length`: a row whose limits are equal (`</s>` forbidden until the limit) runs one step
 * past it, and is cut there (greedy's tokens never depend on later ones).
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

  async function run(group: Group): Promise<number[][]> {
    if (group.max === 0) return group.source.map(() => []);
    const rows = group.source.length;
    const width = group.source[0]?.length ?? 0;
    const forcedToLimit = group.min === group.max;
    const maxLength = group.max + (forcedToLimit ? 2 : 1);
    const result = await session.run({
      [INPUT.ids]: int32(group.source.flat(), [rows, width]),
      [INPUT.attentionMask]: int32(new Int32Array(rows * width).fill(1), [rows, width]),
      [INPUT.maxLength]: int32([maxLength], [1]),
      [INPUT.minLength]: int32([group.min + 1], [1]),
      [INPUT.beams]: int32([search.beams], [1]),
      [INPUT.returnSequences]: int32([1], [1]),
      [INPUT.lengthPenalty]: float(search.lengthPenalty),
      [INPUT.repetitionPenalty]: float(1),
      [INPUT.vocabMask]: vocabMask,
    });
    const sequences = result[OUTPUT.sequences] as ort.Tensor;
    const data = sequences.data as Int32Array;
    const length = sequences.dims[2] ?? 0;
    return Array.from({ length: rows }, (_, r) => {
      // Position 0 is the start token; a row ends at `</s>` or where padding begins.
      const tokens = [...data.subarray(r * length + 1, (r + 1) * length)];
      const end = tokens.findIndex((id) => id === rules.eosId || id === rules.padId);
      return (end < 0 ? tokens : tokens.slice(0, end)).slice(0, group.max);
    });
  }

  return {
    async decode(inputs, settings) {
      if (settings.constraints?.some((row) => row.length > 0)) throw new Error('openOrtDecoder: the generation model cannot constrain its output; use beamDecoder');
      const outputs: number[][] = [];
      for (const group of groups(inputs, settings)) {
        const tokens = await run(group);
        group.rows.forEach((row, i) => (outputs[row] = tokens[i] as number[]));
      }
      return outputs;
    },
    dispose: () => session.release(),
  };
}
