/**
 * Where a profiled run's time went, from ONNX Runtime's profiles (Chrome trace events, a file per
 * session: one `model_run` per `session.run`, one `Node` event per kernel): per operator type and
 * per call kind.
 *
 * Operators that run graphs of their own (`BeamSearch` its encoder and decoder subgraphs, `If` its
 * branch) have their nodes' events inside their own span, so each node counts its self time: its
 * span less its direct children's.
 *
 * A session is told by its nodes: the generation model has a `BeamSearch` node, the merged decoder
 * Lektor's top-k nodes (`lektor_…`, `topKModelDir`), the encoder neither. The generation model's
 * call kinds come from the names `generationModelFile` gives its nodes: `encoder:` the encoder's;
 * `lektor/step/` starts each cached step, so every decoder node before the first of them in a call
 * is the first step's. Where a generation model ran, the encoder and merged decoder sessions only
 * scored its outputs teacher-forced. Otherwise they decoded in Lektor's own loop: a decoder run is
 * a later step when it ran the merged decoder's cached branch (its nodes `with_past/…`, as the
 * generated models name them), and its top-k nodes are counted apart, as the work between steps.
 */

export interface ProfileEvent {
  readonly cat: string;
  readonly name: string;
  /** Start and duration, in microseconds. */
  readonly ts: number;
  readonly dur: number;
  readonly args?: { readonly op_name?: string };
}

export const CALL_KINDS = [
  'encoder',
  'first decoder step',
  'later decoder steps',
  'BeamSearch between steps',
  "Lektor's top-k and log-softmax nodes",
  'scoring (teacher-forced)',
  'run overhead outside kernels',
] as const;
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

type Session = 'generation' | 'decoder' | 'encoder';

function sessionOf(events: readonly ProfileEvent[]): Session {
  const nodes = events.filter((e) => e.cat === 'Node');
  if (nodes.some((e) => e.args?.op_name === 'BeamSearch')) return 'generation';
  return nodes.some((e) => e.name.startsWith('lektor_')) ? 'decoder' : 'encoder';
}

/** The generation model's kinds, node by node in the order they ran. */
function generationKinds(nodes: readonly Timed[]): CallKind[] {
  let step: CallKind = 'first decoder step';
  return nodes.map(({ event }) => {
    if (event.args?.op_name === 'BeamSearch') {
      step = 'first decoder step';
      return 'BeamSearch between steps';
    }
    if (event.name.startsWith('encoder:')) return 'encoder';
    if (event.name.startsWith('lektor/step/')) step = 'later decoder steps';
    return step;
  });
}

/** The merged decoder's kinds in Lektor's own loop: each node's run is a first or a later step. */
function ownLoopDecoderKinds(nodes: readonly Timed[], runs: readonly ProfileEvent[]): CallKind[] {
  // Nodes and runs both in time order: each node's run is the last one started before it.
  const starts = runs.map((run) => run.ts).sort((a, b) => a - b);
  let run = -1;
  const runOf = nodes.map(({ event }) => {
    while (run + 1 < starts.length && (starts[run + 1] as number) <= event.ts) run++;
    return run;
  });
  const cached = new Set(nodes.flatMap(({ event }, i) => (event.name.startsWith('with_past/') ? [runOf[i]] : [])));
  return nodes.map(({ event }, i) => {
    if (event.name.startsWith('lektor_')) return "Lektor's top-k and log-softmax nodes";
    return cached.has(runOf[i]) ? 'later decoder steps' : 'first decoder step';
  });
}

/** One session's profile, `scoring` where the session only scored a generation model's outputs. */
function summariseSession(events: readonly ProfileEvent[], session: Session, scoring: boolean): ProfileSummary {
  const nodes = selfTimes(events.filter((e) => e.cat === 'Node'));
  const runs = events.filter((e) => e.cat === 'Session' && e.name === 'model_run');
  const runMicros = runs.reduce((n, e) => n + e.dur, 0);
  const kinds: CallKind[] =
    session === 'generation'
      ? generationKinds(nodes)
      : scoring
        ? nodes.map(() => 'scoring (teacher-forced)')
        : session === 'encoder'
          ? nodes.map(() => 'encoder')
          : ownLoopDecoderKinds(nodes, runs);
  const byOp = new Map<string, number>();
  const byKind = new Map<CallKind, number>();
  nodes.forEach(({ event, self }, i) => {
    add(byOp, event.args?.op_name ?? 'unknown', self);
    add(byKind, kinds[i] as CallKind, self);
  });
  const kernels = nodes.reduce((n, t) => n + t.self, 0);
  add(byKind, 'run overhead outside kernels', runMicros - kernels);
  return { runMicros, byOp, byKind };
}

/** The profiles of one run's sessions, a list of events each, added up. */
export function summariseProfiles(profiles: readonly (readonly ProfileEvent[])[]): ProfileSummary {
  const sessions = profiles.map(sessionOf);
  const scoring = sessions.includes('generation');
  const summaries = profiles.map((events, i) => summariseSession(events, sessions[i] as Session, scoring));
  const byOp = new Map<string, number>();
  const byKind = new Map<CallKind, number>();
  for (const summary of summaries) {
    for (const [op, micros] of summary.byOp) add(byOp, op, micros);
    for (const [kind, micros] of summary.byKind) add(byKind, kind, micros);
  }
  return { runMicros: summaries.reduce((n, s) => n + s.runMicros, 0), byOp, byKind };
}
