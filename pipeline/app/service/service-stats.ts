import type { ModelTally } from '../../engine/tally.js';

/** What a running service has done; `GET /health` answers it, and the CLI prints it on stopping. */
export interface ServiceStats {
  /** Translation requests answered with a translation, and those still running. */
  readonly requests: number;
  readonly running: number;
  /** Texts (elements of `q`) and their sentences that needed a translation; of those, answered by the memory. */
  readonly texts: number;
  readonly sentences: number;
  readonly fromMemory: number;
  /** Model calls, and the sentences they translated: fewer calls than requests when requests shared batches. */
  readonly modelCalls: number;
  readonly modelSentences: number;
  readonly modelLoaded: boolean;
}

/** The counters one service keeps; each service has its own. */
export class StatsCounter {
  private requests = 0;
  private running = 0;
  private texts = 0;
  private sentences = 0;
  private fromMemory = 0;

  /** Counts `work` as running until it settles, and as answered with its texts when it succeeds. */
  async count<T extends readonly { readonly sentences: number; readonly recalled: number }[]>(work: Promise<T>): Promise<T> {
    this.running++;
    try {
      const texts = await work;
      this.requests++;
      this.texts += texts.length;
      for (const text of texts) {
        this.sentences += text.sentences;
        this.fromMemory += text.recalled;
      }
      return texts;
    } finally {
      this.running--;
    }
  }

  snapshot(tally: Readonly<ModelTally>, modelLoaded: boolean): ServiceStats {
    const { requests, running, texts, sentences, fromMemory } = this;
    return { requests, running, texts, sentences, fromMemory, modelCalls: tally.modelCalls, modelSentences: tally.modelSentences, modelLoaded };
  }
}
