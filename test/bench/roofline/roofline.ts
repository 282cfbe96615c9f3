/**
 * The bench's roofline: how far each case is from what this machine's matrix products can do.
 * A case's "% of peak" is the rate its tokens/s implies (operations per target token ×
 * tokens/s) over the peak of its weights' type: fp32 cases against the fp32 `MatMul` peak, q8
 * against the int8 `MatMulInteger` peak.
 */
import { markdownTable } from 'markdown-table';
import { TARGET_PER_SOURCE_TOKEN } from '../forced-length.js';
import { measureMatMulRates, peaksOf, rooflineShapes, type MatMulRates } from './matmul-peaks.js';
import { operationsPerTargetToken, operationsPerToken, type OperationsPerToken } from './operations-per-token.js';
import { readMarianDims } from './read-marian-dims.js';

export interface Roofline {
  readonly ops: OperationsPerToken;
  readonly rates: readonly MatMulRates[];
  readonly peaks: { readonly fp32: number; readonly int8: number };
}

/** The model's operation counts and this machine's rates at the decoder's shapes with `rows` rows a step (a few seconds). */
export async function measureRoofline(modelDir: string, rows: number, threads: number): Promise<Roofline> {
  const dims = await readMarianDims(modelDir);
  const rates = await measureMatMulRates(rooflineShapes(rows, dims), threads);
  return { ops: operationsPerToken(dims), rates, peaks: peaksOf(rates) };
}

/**
 * A case's operations per target token and its share of the peak. The bench forces every output to
 * `TARGET_PER_SOURCE_TOKEN` times its source, so a target token carries 1 / that of a source token.
 */
export function caseLoad(roofline: Roofline, tokensPerSecond: number, dtype: 'fp32' | 'q8', beams: number): { readonly operations: number; readonly percent: number } {
  const operations = operationsPerTargetToken(roofline.ops, beams, 1 / TARGET_PER_SOURCE_TOKEN);
  const peak = dtype === 'fp32' ? roofline.peaks.fp32 : roofline.peaks.int8;
  return { operations, percent: (100 * operations * tokensPerSecond) / peak };
}

/** The two columns every case row prints: MOP per target token and % of peak. */
export function loadColumns(roofline: Roofline, tokensPerSecond: number, dtype: 'fp32' | 'q8', beams: number): [string, string] {
  const { operations, percent } = caseLoad(roofline, tokensPerSecond, dtype, beams);
  return [(operations / 1e6).toFixed(0), `${percent.toFixed(1)}%`];
}

const giga = (n: number) => (n / 1e9).toFixed(1);

export function renderRoofline(roofline: Roofline, rows: number): string {
  const table = markdownTable(
    [['product (rows × inner × columns)', 'shape', 'fp32 MatMul GFLOP/s', 'int8 MatMulInteger GOP/s'], ...roofline.rates.map((r) => [r.shape.label, `${r.shape.rows}×${r.shape.inner}×${r.shape.columns}`, giga(r.fp32), giga(r.int8)])],
    { align: ['l', 'l', 'r', 'r'] },
  );
  const { ops, peaks } = roofline;
  return (
    `Peaks (the highest rate above): fp32 ${giga(peaks.fp32)} GFLOP/s, int8 ${giga(peaks.int8)} GOP/s; the decoder's shapes at ${rows} rows (the batch size: ` +
    `a beam search call holds batch / beams sentences of beams rows).\n\n${table}\n\n` +
    `Operations per token (matrix products with the weights, 2 per multiply-add; attention over the cache not counted): ` +
    `${(ops.source / 1e6).toFixed(1)} MOP per source token (encoder and cross-attention keys/values), ` +
    `${((ops.decoder + ops.projection) / 1e6).toFixed(1)} MOP per target token and decoder row (decoder ${(ops.decoder / 1e6).toFixed(1)}, output projection ${(ops.projection / 1e6).toFixed(1)}). ` +
    `A case's "MOP/token" is beams × the latter plus the source's share (1/${TARGET_PER_SOURCE_TOKEN} source token per target token); ` +
    `"% of peak" is MOP/token × tokens/s over the peak of its type (fp32 cases against fp32, q8 against int8).`
  );
}
