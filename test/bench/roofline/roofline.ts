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
  /** Each measurement's rates, in the order taken. */
  readonly measurements: readonly (readonly MatMulRates[])[];
  /** The highest rates of all measurements. */
  readonly peaks: { readonly fp32: number; readonly int8: number };
}

/**
 * The model's operation counts and this machine's rates at the decoder's shapes with `rows` rows
 * a step (a few seconds), added to `earlier`'s: on a shared machine the rates move with its load,
 * so the bench measures before and after its cases and takes the best as the peak.
 */
export async function measureRoofline(modelDir: string, rows: number, threads: number, earlier?: Roofline): Promise<Roofline> {
  const dims = await readMarianDims(modelDir);
  const measurements = [...(earlier?.measurements ?? []), await measureMatMulRates(rooflineShapes(rows, dims), threads)];
  return { ops: operationsPerToken(dims), measurements, peaks: peaksOf(measurements.flat()) };
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

/** `labels` name the measurements in order (e.g. before and after the cases). */
export function renderRoofline(roofline: Roofline, rows: number, labels: readonly string[]): string {
  const { ops, peaks, measurements } = roofline;
  const first = measurements[0] ?? [];
  const label = (i: number) => labels[i] ?? `run ${i + 1}`;
  const table = markdownTable(
    [
      ['product', 'rows×inner×columns', ...measurements.map((_, i) => `fp32 MatMul GFLOP/s, ${label(i)}`), ...measurements.map((_, i) => `int8 MatMulInteger GOP/s, ${label(i)}`)],
      ...first.map((r, j) => [
        r.shape.label,
        `${r.shape.rows}×${r.shape.inner}×${r.shape.columns}`,
        ...measurements.map((m) => giga(m[j]?.fp32 ?? 0)),
        ...measurements.map((m) => giga(m[j]?.int8 ?? 0)),
      ]),
    ],
    { align: ['l', 'l', ...measurements.map(() => 'r'), ...measurements.map(() => 'r')] },
  );
  return (
    `Peaks (the highest rate below): fp32 ${giga(peaks.fp32)} GFLOP/s, int8 ${giga(peaks.int8)} GOP/s; the decoder's shapes at ${rows} rows (the batch size: ` +
    `a beam search call holds batch / beams sentences of beams rows).\n\n${table}\n\n` +
    `Operations per token (matrix products with the weights, 2 per multiply-add; attention over the cache not counted): ` +
    `${(ops.source / 1e6).toFixed(1)} MOP per source token (encoder and cross-attention keys/values), ` +
    `${((ops.decoder + ops.projection) / 1e6).toFixed(1)} MOP per target token and decoder row (decoder ${(ops.decoder / 1e6).toFixed(1)}, output projection ${(ops.projection / 1e6).toFixed(1)}). ` +
    `A case's "MOP/token" is beams × the latter plus the source's share (1/${TARGET_PER_SOURCE_TOKEN} source token per target token); ` +
    `"% of peak" is MOP/token × tokens/s over the peak of its type (fp32 cases against fp32, q8 against int8).`
  );
}
