/**
 * Where a profiled session's time went, from ONNX Runtime's profile (Chrome trace events: one
 * `model_run` per `session.run`, one `Node` event per kernel): per operator type and per call kind.
 *
 * Operators that run graphs of their own (`BeamSearch` its encoder and decoder subgraphs, `If` its
 * branch) have their nodes' events inside their own span, so each node counts its self time: its
 * span less its direct children's. The generation model's call kinds come from the names
 * `generationModelFile` gives its nodes: `encoder:` the encoder's; `lektor/step/` starts each
 * cached step, so every decoder node before the first of them in a call is the first step's.
 * Any other session (transformers.js's encoder and merged decoder, which score a greedy run's
 * outputs teacher-forced) counts as scoring.
 */

export interface ProfileEvent {
  readonly cat: string;
  readonly name: string;
  /** Start and duration, in microseconds. */
  readonly ts: number;
  readonly dur: number;
  readonly args?: { readonly op_name?: string };
}

export const CALL_KINDS = ['encoder', 'first decoder step', 'later decoder steps', 'BeamSearch between steps', 'scoring (teacher-forced)', 'run overhead outside kernels'] as const;
export type CallKind = (typeof CALL_KINDS)[number];

export interface ProfileSummary {
  /** Time inside `session.run`, microseconds. */
  readonly runMicros: number;
  /** Self time per operator type, microseconds. */
  readonly byOp: ReadonlyMap<string, number>;
  /** Time per call kind, microseconds; the kinds add up to `runMicros`. */
  readonly byKind: ReadonlyMap<CallKind, number>;
}

interface Timed {
  readonly event: ProfileEvent;
  self: number;
}

/** Each node event with its self time, in the order they started. */
function selfTimes(nodes: readonly ProfileEvent[]): Timed[] {
  const ordered = [...nodes].sort((a, b) => a.ts - b.ts || b.dur - a.dur).map((event) => ({ event, self: event.dur }));
  const open: Timed[] = [];
  for (const timed of ordered) {
    while (open.length > 0 && (open.at(-1) as Timed).event.ts + (open.at(-1) as Timed).event.dur <= timed.event.ts) open.pop();
    const parent = open.at(-1);
    if (parent) parent.self -= timed.event.dur;
    open.push(timed);
  }
  return ordered;
}

const add = <K>(map: Map<K, number>, key: K, micros: number) => map.set(key, (map.get(key) ?? 0) + micros);

export function summariseProfile(events: readonly ProfileEvent[]): ProfileSummary {
  const nodes = selfTimes(events.filter((e) => e.cat === 'Node'));
  const runMicros = events.filter((e) => e.cat === 'Session' && e.name === 'model_run').reduce((n, e) => n + e.dur, 0);
  const generation = nodes.some((n) => n.event.args?.op_name === 'BeamSearch');
  const byOp = new Map<string, number>();
  const byKind = new Map<CallKind, number>();
  let step: CallKind = 'first decoder step';
  for (const { event, self } of nodes) {
    const op = event.args?.op_name ?? 'unknown';
    add(byOp, op, self);
    if (!generation) {
      add(byKind, 'scoring (teacher-forced)', self);
    } else if (op === 'BeamSearch') {
      step = 'first decoder step';
      add(byKind, 'BeamSearch between steps', self);
    } else if (event.name.startsWith('encoder:')) {
      add(byKind, 'encoder', self);
    } else {
      if (event.name.startsWith('lektor/step/')) step = 'later decoder steps';
      add(byKind, step, self);
    }
  }
  const kernels = nodes.reduce((n, t) => n + t.self, 0);
  add(byKind, 'run overhead outside kernels', runMicros - kernels);
  return { runMicros, byOp, byKind };
}

/** Several sessions' summaries added up. */
export function mergeSummaries(summaries: readonly ProfileSummary[]): ProfileSummary {
  const byOp = new Map<string, number>();
  const byKind = new Map<CallKind, number>();
  for (const summary of summaries) {
    for (const [op, micros] of summary.byOp) add(byOp, op, micros);
    for (const [kind, micros] of summary.byKind) add(byKind, kind, micros);
  }
  return { runMicros: summaries.reduce((n, s) => n + s.runMicros, 0), byOp, byKind };
}
