/** How often an n-gram may follow itself, for n up to `longest`. */
export interface RepetitionLimit {
  /** Longest n-gram watched. */
  readonly longest: number;
  /** Occurrences in a row allowed; the token that would make one more is banned. */
  readonly times: number;
}

/**
 * The tokens `tokens` may not continue with: for each n ≤ `longest`, the one that would complete
 * the (`times` + 1)-th occurrence in a row of the same n-gram (`▁the ▁the ▁the ▁the`, `, Alibaba ,
 * Alibaba , Alibaba , Alibaba`). Unlike `no_repeat_ngram_size`, it never touches an n-gram that
 * recurs apart, as ordinary sentences' `of the` does: it catches only OPUS-MT's loops.
 */
export function repetitionBans(tokens: readonly number[], limit: RepetitionLimit): number[] {
  const bans: number[] = [];
  for (let n = 1; n <= limit.longest; n++) {
    // The sequence must end in `times` copies of an n-gram plus its first n - 1 tokens: period n over that span.
    const span = limit.times * n + n - 1;
    if (tokens.length < span) break;
    let periodic = true;
    for (let i = tokens.length - span + n; i < tokens.length && periodic; i++) periodic = tokens[i] === tokens[i - n];
    if (periodic) bans.push(tokens[tokens.length - n] as number);
  }
  return bans;
}
