import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ModelIdentity } from '../../models/translator.js';
import type { TranslationMemory } from '../../pipeline/engine/memory/memory.js';
import { segmentText } from '../../pipeline/segmenter/index.js';
import { syntheticArticles } from './corpus.js';

/** `count` distinct German sentences, each with a figure so that number edits have one to change. */
export function memorySentences(count: number): string[] {
  const text = readFileSync(path.join(import.meta.dirname, '../../seeds/alibaba-liege-espionage.de.txt'), 'utf8');
  const out = new Set<string>();
  for (let seed = 1; out.size < count; seed++) {
    for (const article of syntheticArticles(text, { articles: 200, seed })) {
      for (const p of segmentText(article)) for (const s of p.segments) if (s.translatable && out.size < count) out.add(`${s.source.replace(/[.!?]$/u, '')} (${out.size % 997}).`);
    }
  }
  return [...out];
}

/** A sentence one edit away: its first figure changed (even `i`), or a word dropped (odd `i`). */
export function edited(sentence: string, i: number): string {
  if (i % 2 === 0 && /\d/u.test(sentence)) return sentence.replace(/\d+/u, (n) => String(Number(n) + 1));
  const words = sentence.split(' ');
  words.splice(Math.floor(words.length / 2), 1);
  return words.join(' ');
}

/** Records the first half of `corpus` as the model's entries and the second half as reviews, 1000 at a time. */
export async function fillMemory(memory: TranslationMemory, model: ModelIdentity, corpus: readonly string[]): Promise<void> {
  const half = corpus.length / 2;
  for (let i = 0; i < corpus.length; i += 1000) {
    const chunk = corpus.slice(i, i + 1000);
    if (i < half) await memory.record(model, chunk.map((s) => [s, { text: `EN ${s}` }]), { origin: 'model', createdAt: '2026-01-01T00:00:00.000Z', tool: 'bench' });
    else await memory.recordReviews(chunk.map((s) => ({ source: s, modelInput: null, target: `EN ${s}`, draft: s, createdAt: '2026-01-02T00:00:00.000Z', tool: 'bench' })));
  }
}
