/**
 * This machine's matrix-product rates as ONNX Runtime reaches them, with the translator's own
 * session options (threads, no spinning): fp32 `MatMul` and int8 `MatMulInteger` (uint8
 * activations × int8 weights, as the q8 model's products run), at a large square and at the
 * decoder's shapes. The highest rate of each is the peak the bench's "% of peak" divides by.
 *
 * Each graph holds `copies` products of one input by distinct constant weights, their outputs
 * concatenated: small shapes run as many products per call as the decoder's layers do, so a call's
 * fixed cost (about a tenth of a millisecond from JavaScript) does not stand in for arithmetic, and
 * the weights are read from memory as the decoder's six layers are, not from cache.
 */
import ort from 'onnxruntime-node';
import { GraphBuilder, encodeModel } from '../../../models/generate/onnx-builder.js';
import { sessionOptions } from '../../../models/marian/marian.js';

export interface MatMulShape {
  readonly label: string;
  /** Rows of the activations (decoder rows in a step) × inner dimension × output columns. */
  readonly rows: number;
  readonly inner: number;
  readonly columns: number;
}

export interface MatMulRates {
  readonly shape: MatMulShape;
  /** Operations (two per multiply-add) per second. */
  readonly fp32: number;
  readonly int8: number;
}

/** Multiply-adds each graph's call does at least (so a call takes milliseconds, not microseconds). */
const MIN_CALL_MULTIPLY_ADDS = 64e6;
/** How long each shape and type is timed after one call to warm up. */
const TIMED_SECONDS = 0.25;

/** The 1024³ square and the decoder's products at `rows` rows: self-attention's d × d, the FFN's two, the output projection. */
export function rooflineShapes(rows: number, dims: { readonly d_model: number; readonly decoder_ffn_dim: number; readonly vocab_size: number }): MatMulShape[] {
  const d = dims.d_model;
  return [
    { label: 'square 1024³', rows: 1024, inner: 1024, columns: 1024 },
    { label: `attention ${d}×${d}`, rows, inner: d, columns: d },
    { label: `FFN in ${d}×${dims.decoder_ffn_dim}`, rows, inner: d, columns: dims.decoder_ffn_dim },
    { label: `FFN out ${dims.decoder_ffn_dim}×${d}`, rows, inner: dims.decoder_ffn_dim, columns: d },
    { label: `projection ${d}×${dims.vocab_size}`, rows, inner: d, columns: dims.vocab_size },
  ];
}

const copiesOf = (shape: MatMulShape) => Math.max(1, Math.ceil(MIN_CALL_MULTIPLY_ADDS / (shape.rows * shape.inner * shape.columns)));

/** Small weights, never zero nor denormal: their values do not change the speed of a product. */
function fill<T extends Float32Array | Int8Array>(values: T, at: (i: number) => number): T {
  for (let i = 0; i < values.length; i++) values[i] = at(i);
  return values;
}

function productModel(shape: MatMulShape, type: 'fp32' | 'int8'): Uint8Array {
  const g = new GraphBuilder();
  const { rows, inner, columns } = shape;
  const x = g.input('x', type === 'fp32' ? 'float32' : 'uint8', [rows, inner]);
  const products = Array.from({ length: copiesOf(shape) }, (_, copy) =>
    type === 'fp32'
      ? g.op('MatMul', [x, g.raw('float32', fill(new Float32Array(inner * columns), (i) => (((i + copy) % 97) - 48) / 4096), [inner, columns])])
      : g.op('MatMulInteger', [x, g.raw('int8', fill(new Int8Array(inner * columns), (i) => ((i + copy) % 127) - 63), [inner, columns])]),
  );
  const joined = products.length === 1 ? (products[0] as string) : g.op('Concat', products, { axis: { int: 0 } });
  // MatMulInteger's int32 output as float (one operation an output, a 1/inner share of the products').
  const y = type === 'fp32' ? joined : g.cast(joined, 'float32');
  g.declareOutput(y, 'float32', [rows * products.length, columns]);
  return encodeModel(g.build(`roofline-${type}`), 'roofline matmul');
}

async function rate(shape: MatMulShape, type: 'fp32' | 'int8', threads: number): Promise<number> {
  const session = await ort.InferenceSession.create(productModel(shape, type), { logSeverityLevel: 3, ...sessionOptions(threads) });
  try {
    const length = shape.rows * shape.inner;
    const input =
      type === 'fp32'
        ? new ort.Tensor('float32', Float32Array.from({ length }, (_, i) => ((i % 89) - 44) / 64), [shape.rows, shape.inner])
        : new ort.Tensor('uint8', Uint8Array.from({ length }, (_, i) => (i * 7) % 256), [shape.rows, shape.inner]);
    await session.run({ x: input });
    let calls = 0;
    const start = performance.now();
    while (performance.now() - start < TIMED_SECONDS * 1000 || calls < 3) {
      await session.run({ x: input });
      calls++;
    }
    const seconds = (performance.now() - start) / 1000;
    return (calls * copiesOf(shape) * 2 * shape.rows * shape.inner * shape.columns) / seconds;
  } finally {
    await session.release();
  }
}

/** Each shape's fp32 and int8 rates, one after the other (a few seconds). */
export async function measureMatMulRates(shapes: readonly MatMulShape[], threads: number): Promise<MatMulRates[]> {
  const rates: MatMulRates[] = [];
  for (const shape of shapes) rates.push({ shape, fp32: await rate(shape, 'fp32', threads), int8: await rate(shape, 'int8', threads) });
  return rates;
}

/** The highest rate of each type: the machine's peaks as ONNX Runtime reaches them. */
export function peaksOf(rates: readonly MatMulRates[]): { readonly fp32: number; readonly int8: number } {
  return { fp32: Math.max(...rates.map((r) => r.fp32)), int8: Math.max(...rates.map((r) => r.int8)) };
}
