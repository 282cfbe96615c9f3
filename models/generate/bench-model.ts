/**
 * The bench model: `Xenova/opus-mt-de-en`'s architecture, file layout and math with random
 * weights from a fixed seed, so speeds measured on it are the speeds of the real model's files
 * (see `marian-transformer.ts` for the graphs, `dynamic-quantization.ts` for the q8 form). It
 * does not translate: its output is made-up words, and it only stops when told to.
 *
 * The sizes are parameters, so tests can check the same graphs at a small size.
 */
import { readFile } from 'node:fs/promises';
import { writeMarianModel, type MarianDims, type VocabEntry } from './marian-layout.js';
import { benchVocabulary } from './bench-vocabulary.js';
import { FP32, Q8 } from './dynamic-quantization.js';
import { decoderModel, encoderModel, type ParameterKind, type TransformerDims } from './marian-transformer.js';
import { uniformTensor } from './seeded-random.js';

/** opus-mt-de-en's sizes (its `config.json`). */
export const OPUS_MT_DE_EN_DIMS: TransformerDims = {
  dModel: 512,
  heads: 8,
  ffnDim: 2048,
  encoderLayers: 6,
  decoderLayers: 6,
  vocabSize: 58101,
  maxPositions: 512,
};

export type BenchDtype = 'fp32' | 'q8';

/** The text the bench corpus is made of, so its words are whole pieces. */
export const EXAMPLE_ARTICLE = new URL('../../seeds/alibaba-liege-espionage.de.txt', import.meta.url);

export interface BenchModelOptions {
  /** Which pair of graph files to write (`onnx/*_model.onnx` or `onnx/*_quantized.onnx`); call again for the other. */
  readonly dtype: BenchDtype;
  /**
   * Words and characters of this text get pieces of their own (see `bench-vocabulary.ts`).
   * @default the example article, `seeds/alibaba-liege-espionage.de.txt`
   */
  readonly sampleText?: string;
  /**
   * The pieces, instead of the sample text's vocabulary (a test's vocabulary of a few pieces);
   * `dims.vocabSize` must be its length.
   * @default `benchVocabulary(sampleText, dims.vocabSize)`
   */
  readonly vocabulary?: readonly VocabEntry[];
  /** @default OPUS_MT_DE_EN_DIMS */
  readonly dims?: TransformerDims;
  /** @default 1 */
  readonly seed?: number;
}

/**
 * Uniform values with the spread of a trained model's: unit-variance embeddings after the
 * sqrt(d_model) scale, and projections that keep activations near unit variance (1/sqrt(fan-in)),
 * so that attention is neither flat nor saturated and logits are decisive.
 */
function spread(kind: ParameterKind, dModel: number): number {
  const uniformStd = (std: number) => std * Math.sqrt(3);
  if (typeof kind === 'object') return uniformStd(1 / Math.sqrt(kind.matrix));
  if (kind === 'embedding') return uniformStd(1 / Math.sqrt(dModel));
  return 0.1;
}

function checkDims(dims: TransformerDims): void {
  for (const [key, value] of Object.entries(dims)) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`bench model: ${key} must be a positive integer, got ${value}`);
  }
  if (dims.dModel % dims.heads !== 0) throw new RangeError(`bench model: dModel ${dims.dModel} does not divide into ${dims.heads} heads`);
}

/** Writes the bench model's config, tokenizer and the graphs of `dtype` into `dir`. Same options, same bytes. */
export async function writeBenchModel(dir: string, options: BenchModelOptions): Promise<void> {
  const dims = options.dims ?? OPUS_MT_DE_EN_DIMS;
  const seed = options.seed ?? 1;
  checkDims(dims);
  const source = (name: string, length: number, kind: ParameterKind): Float32Array => {
    const values = uniformTensor(seed, name, length, spread(kind, dims.dModel));
    if (kind === 'norm-scale') for (let i = 0; i < length; i++) values[i] = 1 + (values[i] as number);
    return values;
  };
  const numerics = options.dtype === 'q8' ? Q8 : FP32;
  const marianDims: MarianDims = {
    dModel: dims.dModel,
    encoderLayers: dims.encoderLayers,
    decoderLayers: dims.decoderLayers,
    encoderAttentionHeads: dims.heads,
    decoderAttentionHeads: dims.heads,
    encoderFfnDim: dims.ffnDim,
    decoderFfnDim: dims.ffnDim,
    maxPositionEmbeddings: dims.maxPositions,
  };
  const vocab = options.vocabulary ?? benchVocabulary(options.sampleText ?? (await readFile(EXAMPLE_ARTICLE, 'utf8')), dims.vocabSize);
  if (vocab.length !== dims.vocabSize) throw new RangeError(`bench model: ${vocab.length} pieces for vocabSize ${dims.vocabSize}`);
  const encoder = encoderModel(dims, source, numerics);
  const decoder = decoderModel(dims, source, numerics);
  await writeMarianModel(dir, options.dtype === 'q8' ? { vocab, dims: marianDims, encoderQuantized: encoder, decoderQuantized: decoder } : { vocab, dims: marianDims, encoder, decoder });
}
