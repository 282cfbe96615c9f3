/**
 * The two numeric forms a generated model's weights take: plain fp32, and the form ONNX Runtime's
 * dynamic quantization (`quantize_dynamic`, as transformers.js's `q8` conversion runs it) gives
 * a model. There, a MatMul by a constant becomes `DynamicQuantizeLinear` + `MatMulInteger` with
 * int8 weights (symmetric, one scale per tensor), and a Gather from a constant table reads a
 * uint8 table (asymmetric) through `DequantizeLinear`. ONNX Runtime fuses the former into its
 * int8 GEMM at load time, so a generated q8 model runs at the speed of a real one.
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

function range(values: Float32Array): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/** int8 in [-127, 127], zero point 0: ONNX Runtime's default for weights. */
export function quantizeSymmetric(values: Float32Array): { scale: number; data: Int8Array } {
  const { min, max } = range(values);
  const scale = Math.max(-min, max) / 127 || 1;
  const data = new Int8Array(values.length);
  const inverse = 1 / scale;
  for (let i = 0; i < values.length; i++) data[i] = Math.round((values[i] as number) * inverse);
  return { scale, data };
}

/** uint8 over [min(0, values), max(0, values)]: ONNX Runtime's form for quantized activations, which Gather's table is treated as. */
export function quantizeAsymmetric(values: Float32Array): { scale: number; zeroPoint: number; data: Uint8Array } {
  const { min, max } = range(values);
  const scale = (max - min) / 255 || 1;
  const zeroPoint = Math.round(-min / scale);
  const data = new Uint8Array(values.length);
  const inverse = 1 / scale;
  // Uint8Array stores clamp nothing (they wrap), hence the explicit clamp.
  for (let i = 0; i < values.length; i++) data[i] = Math.min(255, Math.max(0, Math.round((values[i] as number) * inverse) + zeroPoint));
  return { scale, zeroPoint, data };
}

export const Q8: Numerics = {
  name: 'q8',
  matMul(root, weight, dims) {
    const { scale, data } = quantizeSymmetric(weight);
    const w = root.raw('int8', data, dims);
    const wScale = root.float([scale], []);
    const wZeroPoint = root.raw('int8', new Int8Array(1), []);
    return (g, x) => {
      const [xq, xScale, xZeroPoint] = g.node('DynamicQuantizeLinear', [x], {}, 3) as [string, string, string];
      const product = g.cast(g.op('MatMulInteger', [xq, w, xZeroPoint, wZeroPoint]), 'float32');
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
