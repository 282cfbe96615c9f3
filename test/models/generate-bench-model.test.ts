import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AutoModelForSeq2SeqLM, AutoTokenizer, Tensor, type PreTrainedModel, type PreTrainedTokenizer } from '@huggingface/transformers';
import p from 'onnx-proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPUS_MT_DE_EN_DIMS, writeBenchModel } from '../../models/generate/bench-model.js';
import { benchVocabulary } from '../../models/generate/bench-vocabulary.js';
import { main } from '../../models/generate/cli.js';
import { sinusoidalPositions, type TransformerDims } from '../../models/generate/marian-transformer.js';

const { onnx } = p;

/** The bench model's graphs at a size CI can load in a moment. */
const DIMS: TransformerDims = { dModel: 32, heads: 4, ffnDim: 64, encoderLayers: 2, decoderLayers: 2, vocabSize: 500, maxPositions: 128 };
const SAMPLE = 'Der belgische Geheimdienst hat das Logistikzentrum überwacht. Die Zeitung berichtet über mögliche Spionage in Lüttich.';
const SHORT = 'Der Geheimdienst berichtet.';
const LONG = 'Die Zeitung berichtet über mögliche Spionage in Lüttich, der Geheimdienst hat das Logistikzentrum überwacht.';
const OFFLINE = { local_files_only: true } as const;
const GREEDY = { num_beams: 1, do_sample: false } as const;

type Outputs = Record<string, Tensor>;

function graphs(model: Uint8Array): p.onnx.IGraphProto[] {
  const all: p.onnx.IGraphProto[] = [];
  const visit = (graph: p.onnx.IGraphProto | null | undefined): void => {
    if (!graph) return;
    all.push(graph);
    for (const node of graph.node ?? []) for (const attribute of node.attribute ?? []) visit(attribute.g);
  };
  visit(onnx.ModelProto.decode(model).graph);
  return all;
}

function opTypes(model: Uint8Array): Set<string> {
  return new Set(graphs(model).flatMap((g) => (g.node ?? []).map((node) => node.opType ?? '')));
}

interface StoredTensor {
  readonly dataType: number;
  readonly dims: number[];
  readonly bytes: Uint8Array;
}

/** The constant operands of every `MatMulInteger` (weight, its zero point, and the scale its product is multiplied by), or of every fp32 `MatMul` by a constant. */
function constantMatMuls(model: Uint8Array, opType: 'MatMulInteger' | 'MatMul'): { weight: StoredTensor; zeroPoint?: StoredTensor; scale?: StoredTensor }[] {
  const all = graphs(model);
  const tensors = new Map<string, StoredTensor>();
  for (const t of all.flatMap((g) => g.initializer ?? [])) {
    tensors.set(t.name ?? '', { dataType: t.dataType ?? 0, dims: (t.dims ?? []).map(Number), bytes: Uint8Array.from(t.rawData ?? []) });
  }
  const nodes = all.flatMap((g) => g.node ?? []);
  const consumer = (value: string) => nodes.find((n) => n.input?.includes(value));
  const producer = (value: string) => nodes.find((n) => n.output?.includes(value));
  const tensor = (name: string | undefined) => {
    const found = tensors.get(name ?? '');
    if (!found) throw new Error(`no initializer \`${name}\``);
    return found;
  };
  return nodes
    .filter((n) => n.opType === opType && tensors.has(n.input?.[1] ?? ''))
    .map((n) => {
      if (opType === 'MatMul') return { weight: tensor(n.input?.[1]) };
      // MatMulInteger → Cast → Mul(product, Mul(xScale, wScale))
      const cast = consumer(n.output?.[0] ?? '');
      const mul = consumer(cast?.output?.[0] ?? '');
      const scales = producer(mul?.input?.find((i) => i !== cast?.output?.[0]) ?? '');
      return { weight: tensor(n.input?.[1]), zeroPoint: tensor(n.input?.[3]), scale: tensor(scales?.input?.[1]) };
    });
}

function int8s(t: StoredTensor): Int8Array {
  expect(t.dataType).toBe(onnx.TensorProto.DataType.INT8);
  return new Int8Array(t.bytes.buffer, t.bytes.byteOffset, t.bytes.length);
}

function floats(t: StoredTensor): Float32Array {
  expect(t.dataType).toBe(onnx.TensorProto.DataType.FLOAT);
  return new Float32Array(t.bytes.buffer, t.bytes.byteOffset, t.bytes.length / 4);
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs((a[i] as number) - (b[i] as number)));
  return max;
}

/** Logits of position t of every row, [rows, vocab] flattened. */
function positionLogits(logits: Tensor, t: number): Float32Array {
  const [rows = 0, length = 0, vocab = 0] = logits.dims;
  const data = logits.data as Float32Array;
  const out = new Float32Array(rows * vocab);
  for (let r = 0; r < rows; r++) out.set(data.subarray((r * length + t) * vocab, (r * length + t + 1) * vocab), r * vocab);
  return out;
}

/** The next step's past: the decoder's grows, the cross-attention's stays the first step's (as transformers.js keeps it). */
function nextPast(step: Outputs, first: Outputs): Outputs {
  const past: Outputs = {};
  for (const name of Object.keys(step).filter((n) => n.startsWith('present.'))) {
    past[name.replace('present.', 'past_key_values.')] = (name.includes('.encoder.') ? first[name] : step[name]) as Tensor;
  }
  return past;
}

/** The greedy choice at every position of row 0. */
function argmaxes(logits: Tensor): number[] {
  const [, length = 0, vocab = 0] = logits.dims;
  const data = logits.data as Float32Array;
  return Array.from({ length }, (_, t) => {
    const row = data.subarray(t * vocab, (t + 1) * vocab);
    return row.indexOf(Math.max(...row));
  });
}

/** Row 0's generated ids up to its first `</s>` (position 0 is the start token; finished rows keep generating in a batch). */
function firstRowUntilEos(ids: Tensor): number[] {
  const row = (ids.tolist() as bigint[][])[0]?.slice(1).map(Number) ?? [];
  return row.includes(0) ? row.slice(0, row.indexOf(0)) : row;
}

function column(ids: Tensor, t: number): Tensor {
  const [rows = 0, length = 0] = ids.dims;
  const data = ids.data as BigInt64Array;
  return new Tensor('int64', BigInt64Array.from({ length: rows }, (_, r) => data[r * length + t] as bigint), [rows, 1]);
}

describe('the bench model at a small size', () => {
  let dir: string;
  let tokenizer: PreTrainedTokenizer;
  let fp32: PreTrainedModel;
  let q8: PreTrainedModel;

  const encode = (texts: string[]) => tokenizer(texts, { padding: true }) as { input_ids: Tensor; attention_mask: Tensor };
  const forward = async (model: PreTrainedModel, inputs: object): Promise<Outputs> => (await model(inputs)) as Outputs;
  const greedy = async (model: PreTrainedModel, texts: string[], newTokens: number): Promise<Tensor> =>
    (await model.generate({ ...encode(texts), ...GREEDY, max_new_tokens: newTokens })) as Tensor;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lektor-bench-model-'));
    await writeBenchModel(dir, { dtype: 'fp32', dims: DIMS, sampleText: SAMPLE });
    await writeBenchModel(dir, { dtype: 'q8', dims: DIMS, sampleText: SAMPLE });
    [tokenizer, fp32, q8] = await Promise.all([
      AutoTokenizer.from_pretrained(dir, OFFLINE),
      AutoModelForSeq2SeqLM.from_pretrained(dir, { ...OFFLINE, dtype: 'fp32', device: 'cpu' }),
      AutoModelForSeq2SeqLM.from_pretrained(dir, { ...OFFLINE, dtype: 'q8', device: 'cpu' }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([fp32?.dispose(), q8?.dispose()]);
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the same bytes every time', async () => {
    const again = await mkdtemp(join(tmpdir(), 'lektor-bench-model-again-'));
    try {
      await writeBenchModel(again, { dtype: 'q8', dims: DIMS, sampleText: SAMPLE });
      for (const file of ['tokenizer.json', 'config.json', 'onnx/encoder_model_quantized.onnx', 'onnx/decoder_model_merged_quantized.onnx']) {
        expect((await readFile(join(again, file))).equals(await readFile(join(dir, file))), file).toBe(true);
      }
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });

  it('declares its sizes in config.json', async () => {
    const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8'));
    expect(config).toMatchObject({
      d_model: 32,
      encoder_attention_heads: 4,
      decoder_attention_heads: 4,
      encoder_ffn_dim: 64,
      encoder_layers: 2,
      decoder_layers: 2,
      vocab_size: 500,
      max_position_embeddings: 128,
      activation_function: 'swish',
      scale_embedding: true,
      normalize_before: false,
    });
  });

  it.each([
    ['onnx/encoder_model.onnx', ['Gather', 'MatMul', 'LayerNormalization', 'Softmax', 'Sigmoid'], ['MatMulInteger', 'If']],
    ['onnx/decoder_model_merged.onnx', ['If', 'Concat', 'MatMul', 'LayerNormalization'], ['MatMulInteger']],
    ['onnx/encoder_model_quantized.onnx', ['DynamicQuantizeLinear', 'MatMulInteger', 'DequantizeLinear'], ['If']],
    ['onnx/decoder_model_merged_quantized.onnx', ['If', 'DynamicQuantizeLinear', 'MatMulInteger', 'DequantizeLinear'], []],
  ])('%s has the operators of the real file', async (file, present, absent) => {
    const types = opTypes(await readFile(join(dir, file)));
    for (const op of present) expect(types, op).toContain(op);
    for (const op of absent) expect(types, op).not.toContain(op);
  });

  // ONNX Runtime's int8 GEMM on AVX2 without VNNI adds pairs of uint8 × int8 products in 16 bits,
  // which weights beyond ±64 overflow: full-range weights put q8 logits 43% off fp32 there.
  it.each([
    ['onnx/encoder_model_quantized.onnx', 'onnx/encoder_model.onnx'],
    ['onnx/decoder_model_merged_quantized.onnx', 'onnx/decoder_model_merged.onnx'],
  ])('%s quantizes each MatMul weight as quantize_dynamic does: 7-bit, per column', async (file, fp32File) => {
    const quantized = constantMatMuls(await readFile(join(dir, file)), 'MatMulInteger');
    const exact = constantMatMuls(await readFile(join(dir, fp32File)), 'MatMul');
    expect(quantized.length).toBeGreaterThan(0);
    expect(quantized).toHaveLength(exact.length);
    quantized.forEach(({ weight, zeroPoint, scale }, m) => {
      const [rows = 0, cols = 0] = weight.dims;
      const q = int8s(weight);
      const w = floats(exact[m]?.weight as StoredTensor);
      expect(q.reduce((low, v) => Math.min(low, v), 0), `weight ${m}`).toBeGreaterThanOrEqual(-64);
      expect(q.reduce((high, v) => Math.max(high, v), 0), `weight ${m}`).toBeLessThanOrEqual(64);
      expect(zeroPoint?.dims, `zero point ${m}`).toEqual([cols]);
      expect(int8s(zeroPoint as StoredTensor).every((z) => z === 0), `zero point ${m}`).toBe(true);
      expect(scale?.dims, `scale ${m}`).toEqual([cols]);
      const scales = floats(scale as StoredTensor);
      for (let j = 0; j < cols; j++) {
        let largest = 0;
        let error = 0;
        for (let i = 0; i < rows; i++) {
          largest = Math.max(largest, Math.abs(q[i * cols + j] as number));
          error = Math.max(error, Math.abs((q[i * cols + j] as number) * (scales[j] as number) - (w[i * cols + j] as number)));
        }
        // Each column spans the range with its own scale, and the scale gives back the fp32 weight.
        expect(largest, `weight ${m}, column ${j}`).toBe(64);
        expect(error, `weight ${m}, column ${j}`).toBeLessThanOrEqual((scales[j] as number) / 2 + 1e-7);
      }
    });
  });

  it('decodes step by step with the cache exactly as one uncached pass', async () => {
    const inputs = encode([SHORT, LONG]);
    const ids = await greedy(fp32, [SHORT, LONG], 12);
    const uncached = await forward(fp32, { ...inputs, decoder_input_ids: ids });
    let first: Outputs | undefined;
    let past: Outputs = {};
    for (let t = 0; t < (ids.dims[1] ?? 0); t++) {
      const step = await forward(fp32, { ...inputs, decoder_input_ids: column(ids, t), past_key_values: first ? past : undefined });
      first ??= step;
      past = nextPast(step, first);
      expect(maxAbsDiff(positionLogits(step.logits as Tensor, 0), positionLogits(uncached.logits as Tensor, t)), `step ${t}`).toBeLessThan(1e-4);
    }
  });

  it('gives a sentence alone the output it gets in a padded batch', async () => {
    const lengths = encode([SHORT, LONG]).attention_mask.tolist().map((row) => row.filter(Boolean).length);
    expect(lengths[0]).toBeLessThan(lengths[1] as number);
    const alone = firstRowUntilEos(await greedy(fp32, [SHORT], 16));
    const batched = firstRowUntilEos(await greedy(fp32, [SHORT, LONG], 16));
    expect(alone.length).toBeGreaterThan(3);
    expect(batched).toEqual(alone);
  });

  it('gives a padded row the logits of the sentence alone', async () => {
    const ids = await greedy(fp32, [SHORT], 8);
    const other = await greedy(fp32, [LONG], 8);
    const both = new Tensor('int64', BigInt64Array.from([...(ids.data as BigInt64Array), ...(other.data as BigInt64Array)]), [2, ids.dims[1] ?? 0]);
    const alone = (await forward(fp32, { ...encode([SHORT]), decoder_input_ids: ids })).logits as Tensor;
    const batched = (await forward(fp32, { ...encode([SHORT, LONG]), decoder_input_ids: both })).logits as Tensor;
    const row0 = (batched.data as Float32Array).subarray(0, alone.data.length);
    expect(maxAbsDiff(alone.data as Float32Array, row0)).toBeLessThan(1e-4);
  });

  it('loads the q8 files, whose logits stay close to fp32', async () => {
    const ids = await greedy(fp32, [LONG], 12);
    const inputs = { ...encode([LONG]), decoder_input_ids: ids };
    const exact = (await forward(fp32, inputs)).logits as Tensor;
    const quantized = (await forward(q8, inputs)).logits as Tensor;
    const a = exact.data as Float32Array;
    const b = quantized.data as Float32Array;
    let error = 0;
    let magnitude = 0;
    for (let i = 0; i < a.length; i++) {
      error += Math.abs((a[i] as number) - (b[i] as number));
      magnitude += Math.abs(a[i] as number);
    }
    // 7-bit weights and 8-bit activations cost about 2.3% here; a wrong scale or zero point costs all of it.
    expect(error / magnitude).toBeLessThan(0.05);
    expect(argmaxes(quantized)).toEqual(argmaxes(exact));
  });

  it('tokenizes the sample text into whole words and punctuation', () => {
    const pieces = tokenizer.tokenize(SAMPLE);
    expect(pieces.slice(0, 5)).toEqual(['▁Der', '▁belgische', '▁Geheimdienst', '▁hat', '▁das']);
    expect(pieces).toHaveLength(SAMPLE.split(' ').length + 2);
  });
});

describe('benchVocabulary', () => {
  it('has exactly the requested size, OPUS-MT special ids and no repeated piece', () => {
    const vocab = benchVocabulary(SAMPLE, 500);
    expect(vocab).toHaveLength(500);
    expect([vocab[0]?.[0], vocab[1]?.[0], vocab[499]?.[0]]).toEqual(['</s>', '<unk>', '<pad>']);
    expect(new Set(vocab.map(([piece]) => piece)).size).toBe(500);
  });

  it('refuses a size the sample text does not fit in', () => {
    expect(() => benchVocabulary(SAMPLE, 50)).toThrow(/more than the vocabulary size 50/);
  });
});

describe('sinusoidalPositions', () => {
  it("is Marian's table: sines in the first half of a row, cosines in the second", () => {
    const table = sinusoidalPositions(3, 4);
    const row = (p: number) => [...table.subarray(p * 4, p * 4 + 4)];
    expect(row(0)).toEqual([0, 0, 1, 1]);
    expect(row(2)[0]).toBeCloseTo(Math.sin(2), 6);
    expect(row(2)[1]).toBeCloseTo(Math.sin(2 / 100), 6);
    expect(row(2)[2]).toBeCloseTo(Math.cos(2), 6);
    expect(row(2)[3]).toBeCloseTo(Math.cos(2 / 100), 6);
  });
});

describe('make-bench-model', () => {
  it('states the full size as opus-mt-de-en has it', () => {
    expect(OPUS_MT_DE_EN_DIMS).toEqual({ dModel: 512, heads: 8, ffnDim: 2048, encoderLayers: 6, decoderLayers: 6, vocabSize: 58101, maxPositions: 512 });
  });

  it('exits 2 for an unknown dtype', async () => {
    let stderr = '';
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, cwd: tmpdir() };
    expect(await main(['bench', 'dir', '--dtype', 'fp16'], io)).toBe(2);
    expect(stderr).toBe('make-test-model: unknown dtype `fp16`, expected one of: fp32, q8\n');
  });
});
