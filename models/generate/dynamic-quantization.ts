/**
 * The two numeric forms a generated model's weights take: plain fp32, and the form that ONNX
 * Runtime's dynamic quantization gives a model as transformers.js's converter runs it for Marian
 * (`quantize_dynamic` with `per_channel=True, reduce_range=True, weight_type=QInt8`), so a
 * generated q8 file runs as fast, and as accurately, as a published one on any CPU.
 *
 * A MatMul by a constant becomes `DynamicQuantizeLinear` + `MatMulInteger`, which ONNX Runtime
 * fuses into its int8 GEMM at load time. Its weights get one scale per output column and only the
 * 7-bit range [-64, 64]: on x86 CPUs without VNNI the GEMM adds pairs of uint8 × int8 products in
 * 16 bits, and full-range weights (±127) overflow them, an error of tens of percent in the logits.
 * Each MatMul quantizes its own input, where `quantize_dynamic` shares one quantization among the
 * MatMuls of one input (Q, K, V); ONNX Runtime merges the copies at load time, so it runs the same
 * graph. A Gather from a constant table is quantized as an activation: a uint8 table over its whole
 * range, read through `DequantizeLinear`.
 *
 * Scales, zero points and rounding (float32 division, ties to even) are the Python quantizer's, so
 * the quantized weights and tables are byte for byte the ones it writes.
 */
import type { GraphBuilder } from './onnx-builder.js';

/** Applies a stored weight to a value, in the builder of whichever (sub)graph needs it. */
export type WeightUse = (g: GraphBuilder, x: string) => string;

export interface Numerics {
  readonly name: 'fp32' | 'q8';
  /** Stores `weight` ([rows, cols], row-major) in `root`; the use computes `x @ weight`. */
  matMul(root: GraphBuilder, weight: Float32Array, dims: readonly [number, number]): WeightUse;
  /** Stores `table` ([rows, cols]) in `root`; the use gathers the rows named by int64 ids. */
  gather(root: GraphBuilder, table: Float32Array, dims: readonly [number, number]): WeightUse;
}

export const FP32: Numerics = {
  name: 'fp32',
  matMul(root, weight, dims) {
    const w = root.raw('float32', weight, dims);
    return (g, x) => g.op('MatMul', [x, w]);
  },
  gather(root, table, dims) {
    const t = root.raw('float32', table, dims);
    return (g, ids) => g.op('Gather', [t, ids], { axis: { int: 0 } });
  },
};

/** The reduced int8 range `quantize_dynamic` gives weights with `reduce_range`: [-64, 64]. */
const REDUCED_INT8_MAX = 64;

/** Below this, ONNX Runtime takes a range as empty and gives it scale 1 (float32's smallest normal). */
const SMALLEST_SCALE = 2 ** -126;

/** numpy's `round`: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** `x / scale` in float32 and rounded, as numpy quantizes a float32 array. */
function quantizeValue(x: number, scale: number): number {
  return roundHalfEven(Math.fround(x / scale));
}

/**
 * Symmetric int8 in [-64, 64] with one scale per column of a [rows, cols] matrix (zero point 0):
 * `quantize_dynamic`'s MatMul weights with `per_channel` and `reduce_range`.
 */
export function quantizePerColumn(values: Float32Array, dims: readonly [number, number]): { scales: Float32Array; data: Int8Array } {
  const [rows, cols] = dims;
  if (values.length !== rows * cols) throw new RangeError(`quantizePerColumn: dims [${rows}, ${cols}] need ${rows * cols} values, got ${values.length}`);
  const scales = new Float32Array(cols);
  for (let i = 0; i < values.length; i++) {
    const column = i % cols;
    scales[column] = Math.max(scales[column] as number, Math.abs(values[i] as number));
  }
  for (let j = 0; j < cols; j++) {
    const scale = (scales[j] as number) / REDUCED_INT8_MAX;
    scales[j] = scale < SMALLEST_SCALE ? 1 : scale;
  }
  const data = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) data[i] = quantizeValue(values[i] as number, scales[i % cols] as number);
  return { scales, data };
}

/** uint8 over [min(0, values), max(0, values)]: ONNX Runtime's form for quantized activations, which Gather's table is treated as. */
export function quantizeAsymmetric(values: Float32Array): { scale: number; zeroPoint: number; data: Uint8Array } {
  let min = 0;
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // The zero point comes from the float64 scale, before it is stored as float32.
  const exactScale = Math.fround(max - min) / 255;
  if (exactScale < SMALLEST_SCALE) return { scale: 1, zeroPoint: 0, data: new Uint8Array(values.length) };
  const scale = Math.fround(exactScale);
  const zeroPoint = roundHalfEven(-min / exactScale);
  const data = new Uint8Array(values.length);
  // Uint8Array stores clamp nothing (they wrap), hence the explicit clamp.
  for (let i = 0; i < values.length; i++) data[i] = Math.min(255, Math.max(0, quantizeValue(values[i] as number, scale) + zeroPoint));
  return { scale, zeroPoint, data };
}

export const Q8: Numerics = {
  name: 'q8',
  matMul(root, weight, dims) {
    const { scales, data } = quantizePerColumn(weight, dims);
    const w = root.raw('int8', data, dims);
    const wScale = root.raw('float32', scales, [dims[1]]);
    const wZeroPoint = root.raw('int8', new Int8Array(dims[1]), [dims[1]]);
    return (g, x) => {
      const [xq, xScale, xZeroPoint] = g.node('DynamicQuantizeLinear', [x], {}, 3) as [string, string, string];
      const product = g.cast(g.op('MatMulInteger', [xq, w, xZeroPoint, wZeroPoint]), 'float32');
      // xScale first: ONNX Runtime's fusion reads the inner Mul's inputs as (A scale, B scale).
      return g.op('Mul', [product, g.op('Mul', [xScale, wScale])]);
    };
  },
  gather(root, table, dims) {
    const { scale, zeroPoint, data } = quantizeAsymmetric(table);
    const t = root.raw('uint8', data, dims);
    const tScale = root.float([scale], []);
    const tZeroPoint = root.raw('uint8', Uint8Array.of(zeroPoint), []);
    return (g, ids) => g.op('DequantizeLinear', [g.op('Gather', [t, ids], { axis: { int: 0 } }), tScale, tZeroPoint]);
  },
};
