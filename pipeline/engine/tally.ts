/** What the engine tallies of the model's work while it runs. */
export interface ModelTally {
  modelLoadMs: number | null;
  /** Time inside model calls; the first call's includes the load. */
  callMs: number;
  modelCalls: number;
  modelSentences: number;
  generatedTokens: number;
}

/** Sentences an article needed translated, and how many of them the memory answered. */
export interface ArticleSentences {
  readonly sentences: number;
  readonly recalled: number;
}
