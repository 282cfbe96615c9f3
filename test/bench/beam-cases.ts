/**
 * `npm run bench`'s beam search cases, run in each round beside greedy (`run.ts`): Lektor's
 * engine with 4 beams, fp32 and q8, and with 4 beams and the example glossary enforced by
 * constrained decoding (`--terms constrain`, fp32). Outputs are forced to the bench's lengths
 * as in every case, so beam and greedy write the same number of tokens.
 */
import path from 'node:path';
import { markdownTable } from 'markdown-table';
import type { EngineCase } from './engine-run.js';
import type { CaseResult } from './measure-case.js';
import { heldBy } from './memory-sampler.js';
import { ROOT, runCase } from './run-case.js';
import { loadColumns, type Roofline } from './roofline/roofline.js';

const BEAMS = 4;
const GLOSSARY = path.join(ROOT, 'seeds', 'glossary.yaml');

/** The targets: beam 4 fp32 >= 0.5x greedy fp32 tokens/s, q8 >= 1.5x fp32 with beams too, peak RSS <= 1.5 GB. */
const TARGETS = { beamVsGreedy: 0.5, q8: 1.5, rssMb: 1536 } as const;

export interface BeamRound {
  readonly fp32: CaseResult;
  readonly q8: CaseResult;
  readonly constrained: CaseResult;
}

export type BeamCase = keyof BeamRound;

/** One beam case over `engine.files`, in a process of its own with a memory of its own in `work`. */
export function runBeamCase(which: BeamCase, engine: Omit<EngineCase, 'dtype' | 'memoryFile'>, work: string): Promise<CaseResult> {
  const memoryFile = path.join(work, `memory-beam-${which}.sqlite`);
  const beam = { kind: 'engine', ...engine, beams: BEAMS, memoryFile } as const;
  return runCase(which === 'constrained' ? { ...beam, dtype: 'fp32', constrain: GLOSSARY } : { ...beam, dtype: which });
}

/** One round's beam cases (`runBeamCase`), one after the other. */
export async function runBeamRound(engine: Omit<EngineCase, 'dtype' | 'memoryFile'>, work: string): Promise<BeamRound> {
  const fp32 = await runBeamCase('fp32', engine, work);
  const q8 = await runBeamCase('q8', engine, work);
  const constrained = await runBeamCase('constrained', engine, work);
  return { fp32, q8, constrained };
}

/** The greedy and beam cases' totals over all rounds, side by side, and the targets. */
export interface BeamTotals {
  readonly greedyFp32: CaseResult;
  readonly greedyQ8: CaseResult;
  readonly beams: BeamRound;
}

const speed = (r: CaseResult) => r.tokens / r.seconds;
const fixed = (n: number, digits: number) => n.toFixed(digits);

export function renderBeamReport(totals: BeamTotals, articles: number, roofline: Roofline): string {
  const { greedyFp32, greedyQ8, beams } = totals;
  const rows: [string, CaseResult, 'fp32' | 'q8', number][] = [
    ['greedy, fp32 (b)', greedyFp32, 'fp32', 1],
    ['greedy, q8 (c)', greedyQ8, 'q8', 1],
    [`beam ${BEAMS}, fp32`, beams.fp32, 'fp32', BEAMS],
    [`beam ${BEAMS}, q8`, beams.q8, 'q8', BEAMS],
    [`beam ${BEAMS} + constraints (seeds/glossary.yaml), fp32`, beams.constrained, 'fp32', BEAMS],
  ];
  const table = markdownTable(
    [
      ['case', 'articles', 'sentences', 'target tokens', 'time s', 'tokens/s', 'MOP/token', '% of peak', 'peak RSS MB', 'at the highest sample MB', 'vs greedy fp32'],
      ...rows.map(([label, r, dtype, width]) => [
        label,
        String(articles),
        String(r.sentences),
        String(r.tokens),
        fixed(r.seconds, 1),
        fixed(speed(r), 1),
        ...loadColumns(roofline, speed(r), dtype, width),
        fixed(r.peakRssMb, 0),
        heldBy(r.atPeak),
        `${fixed(speed(r) / speed(greedyFp32), 2)}x`,
      ]),
    ],
    { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] },
  );
  const check = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const beamRatio = speed(beams.fp32) / speed(greedyFp32);
  const q8Ratio = speed(beams.q8) / speed(beams.fp32);
  const peak = Math.max(beams.fp32.peakRssMb, beams.q8.peakRssMb, beams.constrained.peakRssMb);
  const targets = markdownTable([
    ['target', 'measured', ''],
    [`beam ${BEAMS} fp32 >= ${TARGETS.beamVsGreedy}x greedy fp32`, `${fixed(beamRatio, 2)}x`, check(beamRatio >= TARGETS.beamVsGreedy)],
    [`beam ${BEAMS} q8 >= ${TARGETS.q8}x beam ${BEAMS} fp32`, `${fixed(q8Ratio, 2)}x`, check(q8Ratio >= TARGETS.q8)],
    [`beam cases' peak RSS <= ${TARGETS.rssMb} MB, per round`, `${fixed(peak, 0)} MB`, check(peak <= TARGETS.rssMb)],
  ]);
  const note =
    "The highest sample is the highest RSS sampled every 50 ms between model steps, split into V8's heap, `ArrayBuffer`s (the tensors copied out of ONNX Runtime until collected) and the rest (native: weights, the tensors of the call in progress, memory malloc keeps). " +
    'Tokens are output tokens (the beams\' other hypotheses not counted). With constraints, sentences and tokens include the sentences translated again with `inline` ' +
    "where a term did not fit in the forced length: the bench vocabulary spells the glossary's English in single characters.";
  return `## Beam search (the same rounds)\n\n${table}\n\n${note}\n\n${targets}\n`;
}
