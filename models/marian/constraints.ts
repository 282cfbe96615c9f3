/**
 * Lexical constraints for beam search (Post & Vilar 2018, "Fast lexically constrained decoding
 * with dynamic beam allocation"): token sequences every finished output must contain, tracked per
 * hypothesis, and the beam shared out among banks of hypotheses by how many constraint tokens
 * they have met.
 */

/** How far a hypothesis is through its sentence's constraints. */
export interface ConstraintState {
  /** Per constraint: contained in full. */
  readonly met: readonly boolean[];
  /** The constraint being written and how many of its tokens are written; none between constraints. */
  readonly progress?: { readonly constraint: number; readonly tokens: number };
  /** Constraint tokens met: the met constraints' lengths plus the progress. The bank. */
  readonly tokensMet: number;
}

export function startState(constraints: readonly (readonly number[])[]): ConstraintState {
  return { met: constraints.map(() => false), tokensMet: 0 };
}

export function allMet(state: ConstraintState): boolean {
  return state.met.every(Boolean);
}

/** Constraint tokens there are to meet: the number of banks less one. */
export function constraintTokens(constraints: readonly (readonly number[])[]): number {
  return constraints.reduce((n, c) => n + c.length, 0);
}

/**
 * The tokens that take a hypothesis further through its constraints: the next token of the one
 * in progress, else the first token of each unmet one. They are candidates whatever the model
 * thinks of them.
 */
export function advancingTokens(state: ConstraintState, constraints: readonly (readonly number[])[]): number[] {
  if (state.progress) return [constraints[state.progress.constraint]?.[state.progress.tokens] as number];
  return constraints.flatMap((c, i) => (state.met[i] ? [] : [c[0] as number]));
}

/** A constraint of `state` that `token` starts, as the state after it. */
function begin(state: ConstraintState, token: number, constraints: readonly (readonly number[])[], base: number): ConstraintState {
  const started = constraints.findIndex((c, i) => !state.met[i] && c[0] === token);
  if (started === -1) return { met: state.met, tokensMet: base };
  if (constraints[started]?.length === 1) return { met: state.met.map((m, i) => m || i === started), tokensMet: base + 1 };
  return { met: state.met, progress: { constraint: started, tokens: 1 }, tokensMet: base + 1 };
}

/**
 * The state after `token`. A constraint left unfinished is undone (its tokens no longer count),
 * and the token may start another: a constraint must appear in one piece.
 */
export function advance(state: ConstraintState, token: number, constraints: readonly (readonly number[])[]): ConstraintState {
  const { progress } = state;
  if (!progress) return begin(state, token, constraints, state.tokensMet);
  const constraint = constraints[progress.constraint] as readonly number[];
  if (constraint[progress.tokens] !== token) return begin(state, token, constraints, state.tokensMet - progress.tokens);
  if (progress.tokens + 1 < constraint.length) return { met: state.met, progress: { constraint: progress.constraint, tokens: progress.tokens + 1 }, tokensMet: state.tokensMet + 1 };
  return { met: state.met.map((m, i) => m || i === progress.constraint), tokensMet: state.tokensMet + 1 };
}

/**
 * How many of `beam` places each bank gets (Post & Vilar's dynamic beam allocation, as Sockeye
 * implements it): an equal share, the remainder to the bank that has met every constraint, and
 * places a bank has no candidates for passed down to the bank below it (from the top bank round
 * to the bottom one), so the beam fills up when the upper banks are empty.
 */
export function bankSizes(beam: number, candidatesPerBank: readonly number[]): number[] {
  const banks = candidatesPerBank.length;
  const share = Math.floor(beam / banks);
  const sizes = candidatesPerBank.map(() => share);
  sizes[banks - 1] = share + beam - share * banks;
  for (let bank = banks - 1; bank >= 0; bank--) {
    const unused = (sizes[bank] as number) - (candidatesPerBank[bank] as number);
    if (unused > 0) {
      sizes[bank] = candidatesPerBank[bank] as number;
      const below = (bank - 1 + banks) % banks;
      sizes[below] = (sizes[below] as number) + unused;
    }
  }
  return sizes;
}
