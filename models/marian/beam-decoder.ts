import type { PreTrainedModel } from '@huggingface/transformers';
import { advance, advancingTokens, allMet, bankSizes, constraintTokens, startState, type ConstraintState } from './constraints.js';
import { startDecoderRun, type EncodedBatch, type StepResult } from './decoder-run.js';
import type { DecodedRow, Decoder, RowSettings } from './decoder.js';
import type { TokenRules } from './greedy-decoder.js';
import { repetitionBans, type RepetitionLimit } from './repetition-guard.js';
import { prefixStep } from './target-prefix.js';

/** How beam search searches, for every batch. */
export interface BeamSettings {
  /** Hypotheses kept per sentence. At most half of the decoder's `k` less the tokens a row may have banned. */
  readonly beams: number;
  /** A finished hypothesis scores its summed log-probabilities / length^`lengthPenalty`, its `</s>` counted in the length. */
  readonly lengthPenalty: number;
  /** Loops are cut off (see `repetitionBans`). */
  readonly repetition: RepetitionLimit;
}

/** What decides beam search's outputs besides the model. */
export interface BeamOptions extends TokenRules, BeamSettings, RowSettings {}

interface Hypothesis {
  readonly tokens: readonly number[];
  /** The model's log-probability of each token. */
  readonly logProbs: readonly number[];
  /** Summed log-probabilities. */
  readonly score: number;
  readonly state?: ConstraintState;
}

/** A finished hypothesis: the search's result for its sentence. */
export interface Finished extends DecodedRow {
  /** The model's log-probability of each token and of the `</s>` that ended it (`DecodedRow`). */
  readonly logProbs: readonly number[];
  /** Length-normalised. */
  readonly score: number;
  /** Whether it contains every constraint (always, without constraints). */
  readonly met: boolean;
}

interface Candidate {
  /** Index of the parent among its sentence's hypotheses. */
  readonly parent: number;
  readonly token: number;
  readonly logProb: number;
  readonly score: number;
  readonly state?: ConstraintState;
}

/** One sentence's search. */
interface Search {
  readonly row: number;
  readonly constraints: readonly (readonly number[])[];
  hypotheses: Hypothesis[];
  /** Best first; at most `beams`, those with every constraint first. */
  finished: Finished[];
  done: boolean;
}

const better = (a: Finished, b: Finished) => (a.met === b.met ? b.score - a.score : a.met ? -1 : 1);

/** Adds `hypothesis` to the `beams` best finished ones, as Hugging Face's `BeamHypotheses.add` keeps them. */
function finish(search: Search, hypothesis: Finished, beams: number): void {
  search.finished.push(hypothesis);
  search.finished.sort(better);
  search.finished.length = Math.min(search.finished.length, beams);
}

/**
 * Hugging Face's `early_stopping=False`: a sentence is done once it has `beams` finished
 * hypotheses and the best candidate of this step, normalised at its length, would not beat the
 * worst of them (a heuristic: with a length penalty, a longer hypothesis might still).
 */
function isDone(search: Search, bestScore: number, length: number, options: BeamOptions): boolean {
  const worst = search.finished.at(-1);
  return search.finished.length >= options.beams && worst !== undefined && worst.met && worst.score >= bestScore / length ** options.lengthPenalty;
}

/**
 * A row's candidates: its valid best tokens (no suppressed token, no `</s>` before the minimum
 * or before every constraint is met, nothing the repetition guard bans, only what its prefix
 * allows while it writes one), as many as the beam could take, plus (with constraints) every
 * token that advances them and (with a prefix) the prefix's own token, whatever their scores.
 */
function candidates(search: Search, index: number, row: number, result: StepResult, tokenColumn: ReadonlyMap<number, number>, options: BeamOptions): Candidate[] {
  const hypothesis = search.hypotheses[index] as Hypothesis;
  const generated = hypothesis.tokens.length;
  const prefix = prefixStep(options.prefixes?.[search.row], hypothesis.tokens);
  const mayEnd = !prefix && generated >= (options.minTokens[search.row] ?? 0) && (!hypothesis.state || allMet(hypothesis.state));
  const banned = new Set([...options.suppressIds, ...repetitionBans(hypothesis.tokens, options.repetition), ...(mayEnd ? [] : [options.eosId])]);
  const make = (token: number, logProb: number): Candidate => ({
    parent: index,
    token,
    logProb,
    score: hypothesis.score + logProb,
    ...(hypothesis.state ? { state: advance(hypothesis.state, token, search.constraints) } : {}),
  });
  const fed = (token: number) => (result.tokenLogProbs as Float32Array)[row * tokenColumn.size + (tokenColumn.get(token) as number)] as number;
  const out: Candidate[] = [];
  const { k, ids, logProbs } = result;
  for (let i = row * k; i < (row + 1) * k && out.length < 2 * options.beams; i++) {
    const token = Number(ids[i]);
    if (!banned.has(token) && (!prefix || token === prefix.next || prefix.alsoAllowed(token))) out.push(make(token, (logProbs as Float32Array)[i] as number));
  }
  if (prefix) {
    if (!out.some((c) => c.token === prefix.next)) out.push(make(prefix.next, fed(prefix.next)));
    return out;
  }
  if (out.length < Math.min(2 * options.beams, k - banned.size)) {
    throw new Error(`decodeBeams: a row's ${k} best tokens leave fewer than ${2 * options.beams} candidates; the decoder needs a larger k`);
  }
  if (hypothesis.state) {
    for (const token of advancingTokens(hypothesis.state, search.constraints)) {
      if (banned.has(token) || out.some((c) => c.token === token)) continue;
      out.push(make(token, fed(token)));
    }
  }
  return out;
}

/** Beam search's choice among one sentence's candidates (best first): up to `beams` to go on, and the ends that finish. */
function choose(search: Search, sorted: readonly Candidate[], length: number, options: BeamOptions): Candidate[] {
  const next: Candidate[] = [];
  const ending = (c: Candidate) => c.token === options.eosId;
  // As Hugging Face does: an end ranked among the first `beams` candidates finishes; a lower one is dropped.
  sorted.slice(0, options.beams).filter(ending).forEach((c) => {
    const { tokens, logProbs } = search.hypotheses[c.parent] as Hypothesis;
    finish(search, { tokens, logProbs: [...logProbs, c.logProb], score: c.score / length ** options.lengthPenalty, met: true }, options.beams);
  });
  const going = sorted.filter((c) => !ending(c));
  if (search.constraints.length === 0) return going.slice(0, options.beams);
  // Dynamic beam allocation: the beam's places shared out among banks by constraint tokens met.
  const banks = Array.from({ length: constraintTokens(search.constraints) + 1 }, (): Candidate[] => []);
  for (const c of going) banks[c.state?.tokensMet ?? 0]?.push(c);
  const sizes = bankSizes(options.beams, banks.map((b) => b.length));
  banks.forEach((bank, i) => next.push(...bank.slice(0, sizes[i])));
  return next.sort((a, b) => b.score - a.score);
}

/**
 * Beam search over a Marian model's ONNX sessions with Hugging Face's semantics (`num_beams`,
 * `length_penalty`, `early_stopping=False`, `bad_words_ids` = `suppressIds`, `min_length`,
 * `forced_eos_token_id` at each row's `maxTokens`), plus a repetition guard and, per row,
 * lexical constraints (`constraints.ts`) and a start to write (`target-prefix.ts`). Returns each row's best finished hypothesis: with constraints, the best that contains them all, else (none could within the length
 * limit) the best of the rest, which then lacks a constraint.
 *
 * All sentences search together, `beams` rows each (rows × beams in the decoder's batch); a
 * sentence that is done leaves the batch. Each step the decoder returns every row's best tokens
 * with their log-probabilities (and those of the constraint tokens), so the logits stay inside
 * ONNX Runtime; the next step's rows are the chosen hypotheses' parents' rows of the cache.
 * The first step runs one row per sentence, since all of a sentence's beams start alike.
 */
export async function decodeBeams(model: PreTrainedModel, inputs: EncodedBatch, options: BeamOptions): Promise<Finished[]> {
  return (await searchBeams(model, inputs, options)).map((finished) => finished[0] ?? { tokens: [], logProbs: [-Infinity], score: -Infinity, met: false });
}

/** `decodeBeams`, with each row's finished hypotheses (up to `beams`, best first, those with every constraint first): a sentence's alternatives. */
export async function searchBeams(model: PreTrainedModel, inputs: EncodedBatch, options: BeamOptions): Promise<Finished[][]> {
  const run = await startDecoderRun(model, inputs, 'decodeBeams');
  const searches: Search[] = Array.from({ length: run.rows }, (_, row) => {
    const constraints = options.constraints?.[row] ?? [];
    return { row, constraints, hypotheses: [{ tokens: [], logProbs: [], score: 0, ...(constraints.length > 0 ? { state: startState(constraints) } : {}) }], finished: [], done: false };
  });
  // `</s>` too: a forced end is scored with the model's log-probability of it.
  const tokenIds = [...new Set([options.eosId, ...searches.flatMap((s) => s.constraints.flat()), ...(options.prefixes ?? []).flatMap((p) => p?.fallbacks ?? [])])];
  const tokenColumn = new Map(tokenIds.map((token, i) => [token, i]));
  /** The searches still running, in the order of their rows in the decoder's batch. */
  let active = searches;
  while (active.length > 0) {
    const last = active.flatMap((s) => s.hypotheses.map((h) => h.tokens.at(-1) ?? options.startId));
    const result = await run.step(last, { logProbs: true, tokenIds });
    const from: number[] = [];
    const before = active.map((s) => s.hypotheses.length);
    let first = 0;
    for (const search of active) {
      const rows = search.hypotheses.length;
      const generated = search.hypotheses[0]?.tokens.length ?? 0;
      const length = generated + 1;
      if (generated >= (options.maxTokens[search.row] ?? 0)) {
        // Forced `</s>`: Hugging Face's processor gives it log-probability 0, so each hypothesis ends
        // with its score; its confidence counts what the model thought of that `</s>`.
        search.hypotheses.forEach((h, i) => {
          const eos = (result.tokenLogProbs as Float32Array)[(first + i) * tokenIds.length + (tokenColumn.get(options.eosId) as number)] as number;
          finish(search, { tokens: h.tokens, logProbs: [...h.logProbs, eos], score: h.score / length ** options.lengthPenalty, met: !h.state || allMet(h.state) }, options.beams);
        });
        search.done = true;
      } else {
        const sorted = search.hypotheses.flatMap((_, i) => candidates(search, i, first + i, result, tokenColumn, options)).sort((a, b) => b.score - a.score);
        const chosen = choose(search, sorted, length, options);
        search.done = chosen.length === 0 || isDone(search, sorted[0]?.score ?? -Infinity, length, options);
        if (!search.done) {
          search.hypotheses = chosen.map((c) => {
            const parent = search.hypotheses[c.parent] as Hypothesis;
            return { tokens: [...parent.tokens, c.token], logProbs: [...parent.logProbs, c.logProb], score: c.score, ...(c.state ? { state: c.state } : {}) };
          });
          from.push(...chosen.map((c) => first + c.parent));
        }
      }
      first += rows;
    }
    const running = active.filter((s) => !s.done);
    // Rows still reading the sentences they read: the encoder's rows stay as they are.
    const sameSource = running.length === active.length && running.every((s, i) => s.hypotheses.length === before[i]);
    if (running.length > 0) run.reorder(from, sameSource);
    active = running;
  }
  return searches.map((s) => s.finished);
}

/** `decodeBeams` as a `Decoder`. */
export function beamDecoder(model: PreTrainedModel, rules: TokenRules, settings: BeamSettings): Decoder {
  return { decode: async (inputs, rows) => (await decodeBeams(model, inputs, { ...rules, ...settings, ...rows })).map(({ tokens, logProbs }) => ({ tokens, logProbs })) };
}
