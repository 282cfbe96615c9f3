import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DTYPES, type Dtype } from '../../../../models/model-settings.js';
import type { LektorDoc } from '../../../core/doc.js';
import { ModelError } from '../../../core/errors.js';

/** The model an article was translated with, as the review server opens it again. */
export interface ArticleModel {
  /** Hub id or model directory. */
  readonly id: string;
  readonly dtype: Dtype;
  /** Beam search width of the run; 1 decoded greedily. */
  readonly beams: number;
}

/** What this needs of the `run.json` that `lektor translate` leaves beside the articles. */
interface RunModelEntry {
  readonly id?: unknown;
  readonly identity?: unknown;
  readonly decoding?: { readonly num_beams?: unknown };
}

async function runModelEntry(outDir: string): Promise<RunModelEntry | undefined> {
  const text = await readFile(path.join(outDir, 'run.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const model = (JSON.parse(text) as { model?: RunModelEntry }).model;
    return typeof model === 'object' && model !== null ? model : undefined;
  } catch {
    return undefined;
  }
}

const isDtype = (value: unknown): value is Dtype => DTYPES.includes(value as Dtype);

/**
 * The model that translated `doc`: its record names the model as the run was told it (`--model`,
 * maybe a directory relative to where the run started), so where the folder's `run.json` names
 * the same model its identity (the hub id, or the directory made absolute) and beam width are
 * taken. `override` (`review serve --model`) replaces the id, the dtype staying the run's.
 */
export async function articleModel(outDir: string, doc: LektorDoc, override?: string): Promise<ArticleModel> {
  const recorded = doc.meta.model;
  const run = await runModelEntry(outDir);
  const sameRun = recorded !== undefined && run?.id === recorded.id && typeof run.identity === 'string';
  const beams = sameRun && Number.isInteger(run.decoding?.num_beams) ? (run.decoding?.num_beams as number) : 1;
  const dtype = isDtype(recorded?.dtype) ? recorded.dtype : 'fp32';
  if (override !== undefined) return { id: override, dtype, beams };
  if (!recorded) throw new ModelError(`the record of "${doc.meta.name}" names no model; start \`lektor review serve\` with --model`);
  return { id: sameRun ? (run.identity as string) : recorded.id, dtype, beams };
}
