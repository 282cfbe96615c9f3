import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMarianTranslator } from '../../../models/marian/marian.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';
import { mergeSummaries, summariseProfile, type ProfileEvent } from './profile-summary.js';

const node = (name: string, op: string, ts: number, dur: number): ProfileEvent => ({ cat: 'Node', name: `${name}_kernel_time`, ts, dur, args: { op_name: op } });
const run = (ts: number, dur: number): ProfileEvent => ({ cat: 'Session', name: 'model_run', ts, dur });

describe('summariseProfile', () => {
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
    const summary = summariseProfile(events);
    expect(Object.fromEntries(summary.byKind)).toEqual({
      'BeamSearch between steps': 110 - 30 - 20 - 1 - 10 - 1 - 12,
      encoder: 30,
      'first decoder step': 20,
      'later decoder steps': 24,
      'run overhead outside kernels': 10,
    });
    expect(Object.fromEntries(summary.byOp)).toEqual({ BeamSearch: 36, MatMul: 72, Cast: 2 });
  });

  it("counts an If's branch nodes once, and any other session as scoring", () => {
    const summary = summariseProfile([run(0, 50), node('If_3', 'If', 1, 40), node('then/MatMul_1', 'MatMul', 2, 25), node('Add_4', 'Add', 45, 5)]);
    expect(Object.fromEntries(summary.byOp)).toEqual({ If: 15, MatMul: 25, Add: 5 });
    expect(Object.fromEntries(summary.byKind)).toEqual({ 'scoring (teacher-forced)': 45, 'run overhead outside kernels': 5 });
  });
});

describe('summariseProfile on a profile ONNX Runtime wrote', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it("finds every call kind of the generated model's greedy decoding, each node's time counted once", async () => {
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
    await translator.translate(['Geheimdienst überwacht Logistikzentrum', 'Der Verdacht: Mögliche Spionage.']);
    await translator.dispose();

    const files = await readdir(profiles);
    expect(files.length).toBeGreaterThan(0);
    const traces = await Promise.all(files.map(async (file) => JSON.parse(await readFile(path.join(profiles, file), 'utf8')) as ProfileEvent[]));
    const summary = mergeSummaries(traces.map(summariseProfile));
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
