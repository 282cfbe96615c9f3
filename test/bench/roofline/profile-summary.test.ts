import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMarianTranslator } from '../../../models/marian/marian.js';
import type { Translator } from '../../../models/translator.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';
import { summariseProfiles, type ProfileEvent } from './profile-summary.js';

const node = (name: string, op: string, ts: number, dur: number): ProfileEvent => ({ cat: 'Node', name: `${name}_kernel_time`, ts, dur, args: { op_name: op } });
const run = (ts: number, dur: number): ProfileEvent => ({ cat: 'Session', name: 'model_run', ts, dur });

describe('summariseProfiles', () => {
  it("splits a generation call into encoder, first step, later steps and the operator's own time", () => {
    const events = [
      run(0, 120),
      node('lektor_beam_search', 'BeamSearch', 1, 110),
      node('encoder:MatMul_1', 'MatMul', 2, 30),
      node('_if_else_branch_MatMul_7', 'MatMul', 40, 20),
      node('lektor/step/Cast_0', 'Cast', 65, 1),
      node('_if_then_branch_MatMul_7', 'MatMul', 66, 10),
      node('lektor/step/Cast_0', 'Cast', 80, 1),
      node('_if_then_branch_MatMul_7', 'MatMul', 81, 12),
    ];
    const summary = summariseProfiles([events]);
    expect(Object.fromEntries(summary.byKind)).toEqual({
      'BeamSearch between steps': 110 - 30 - 20 - 1 - 10 - 1 - 12,
      encoder: 30,
      'first decoder step': 20,
      'later decoder steps': 24,
      'run overhead outside kernels': 10,
    });
    expect(Object.fromEntries(summary.byOp)).toEqual({ BeamSearch: 36, MatMul: 72, Cast: 2 });
  });

  it("counts an If's branch nodes once, and the other sessions beside a generation model as scoring", () => {
    const generation = [run(0, 10), node('lektor_beam_search', 'BeamSearch', 1, 9)];
    const decoder = [run(0, 50), node('If_3', 'If', 1, 40), node('then/MatMul_1', 'MatMul', 2, 25), node('lektor_lektor_top_k_scores', 'TopK', 45, 5)];
    const encoder = [run(0, 20), node('MatMul_1', 'MatMul', 1, 18)];
    const summary = summariseProfiles([generation, decoder, encoder]);
    expect(Object.fromEntries(summary.byOp)).toEqual({ BeamSearch: 9, If: 15, MatMul: 43, TopK: 5 });
    expect(Object.fromEntries(summary.byKind)).toEqual({ 'BeamSearch between steps': 9, 'scoring (teacher-forced)': 63, 'run overhead outside kernels': 1 + 5 + 2 });
  });

  it("splits Lektor's own loop into the encoder, first and later steps (runs of the cached branch) and its top-k nodes", () => {
    const encoder = [run(0, 40), node('MatMul_1', 'MatMul', 1, 35)];
    const decoder = [
      run(100, 30),
      node('If_0', 'If', 101, 20),
      node('MatMul_7', 'MatMul', 102, 15),
      node('lektor_lektor_top_k_scores', 'TopK', 122, 4),
      run(140, 20),
      node('If_0', 'If', 141, 12),
      node('with_past/MatMul_7', 'MatMul', 142, 10),
      node('lektor_lektor_log_probs', 'LogSoftmax', 154, 3),
      run(170, 20),
      node('If_0', 'If', 171, 12),
      node('with_past/MatMul_7', 'MatMul', 172, 11),
      node('lektor_lektor_log_probs', 'LogSoftmax', 184, 3),
    ];
    const summary = summariseProfiles([decoder, encoder]);
    expect(Object.fromEntries(summary.byKind)).toEqual({
      encoder: 35,
      'first decoder step': 20,
      'later decoder steps': 24,
      "Lektor's top-k and log-softmax nodes": 10,
      'run overhead outside kernels': 5 + (30 - 24) + (20 - 15) + (20 - 15),
    });
  });
});

describe('summariseProfile on a profile ONNX Runtime wrote', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  /** A profiling translator on the tiny model, and the folder its profiles go to. */
  async function profiling(): Promise<{ translator: Translator; profiles: string }> {
    const cache = await mkdtemp(path.join(tmpdir(), 'lektor-cache-'));
    const profiles = await mkdtemp(path.join(tmpdir(), 'lektor-profile-'));
    dirs.push(cache, profiles);
    const translator = await loadMarianTranslator({
      id: await tinyModelDir(),
      cacheDir: cache,
      offline: true,
      dtype: 'fp32',
      threads: 1,
      cwd: process.cwd(),
      profileFilePrefix: path.join(profiles, 'onnxruntime'),
    });
    return { translator, profiles };
  }

  async function profilesIn(dir: string): Promise<ProfileEvent[][]> {
    const files = await readdir(dir);
    expect(files.length).toBeGreaterThan(0);
    return Promise.all(files.map(async (file) => JSON.parse(await readFile(path.join(dir, file), 'utf8')) as ProfileEvent[]));
  }

  it("finds the call kinds of Lektor's own loop where the outputs are scored, and no scoring pass", async () => {
    const { translator, profiles } = await profiling();
    await translator.translateScored?.(['Geheimdienst überwacht Logistikzentrum', 'Der Verdacht: Mögliche Spionage.']);
    await translator.dispose();
    const summary = summariseProfiles(await profilesIn(profiles));
    for (const kind of ['encoder', 'first decoder step', "Lektor's top-k and log-softmax nodes"] as const) expect(summary.byKind.get(kind)).toBeGreaterThan(0);
    expect(summary.byKind.has('scoring (teacher-forced)')).toBe(false);
    expect(summary.byKind.has('BeamSearch between steps')).toBe(false);
  });

  it("finds every call kind of the generated model's greedy decoding, each node's time counted once", async () => {
    const { translator, profiles } = await profiling();
    await translator.translate(['Geheimdienst überwacht Logistikzentrum', 'Der Verdacht: Mögliche Spionage.']);
    await translator.dispose();

    const traces = await profilesIn(profiles);
    const summary = summariseProfiles(traces);
    for (const kind of ['encoder', 'first decoder step', 'later decoder steps', 'BeamSearch between steps'] as const) expect(summary.byKind.get(kind)).toBeGreaterThan(0);
    // Self times add up to the outermost nodes' spans: nested subgraph nodes are not counted twice.
    const outermost = traces.flatMap((events) => {
      const nodes = events.filter((e) => e.cat === 'Node');
      return nodes.filter((e) => !nodes.some((o) => o !== e && o.ts <= e.ts && e.ts + e.dur <= o.ts + o.dur && o.dur > e.dur));
    });
    const selfTotal = [...summary.byOp.values()].reduce((a, b) => a + b, 0);
    expect(selfTotal).toBe(outermost.reduce((n, e) => n + e.dur, 0));
  });
});
