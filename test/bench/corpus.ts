import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXAMPLE_ARTICLE } from '../../models/generate/bench-model.js';
import { uniformTensor } from '../../models/generate/seeded-random.js';
import { segmentText } from '../../pipeline/segmenter/index.js';

export interface CorpusOptions {
  readonly articles: number;
  /** @default 1 */
  readonly seed?: number;
}

/** Where a German sentence can be cut into clauses that read on their own. */
const CLAUSE_BREAK = /,\s+|\s+-\s+|:\s+|;\s+/u;

/** Clauses of the text's sentences, without final punctuation; too short ones are dropped. */
function clausesOf(text: string): string[] {
  const sentences = segmentText(text).flatMap((p) => p.segments.filter((s) => s.translatable).map((s) => s.source));
  const clauses = sentences.flatMap((s) => s.replace(/[.!?]+$/u, '').split(CLAUSE_BREAK));
  return [...new Set(clauses.map((c) => c.trim()).filter((c) => c.split(' ').length >= 3))].sort();
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Synthetic news articles made of `text`'s sentences: clauses reordered and recombined into new
 * sentences of one to three clauses, a title, and paragraphs of two to four sentences. No
 * sentence appears twice in the whole corpus: the engine translates a repeated sentence once,
 * which would flatter it against the naive loop. Same text and options, same articles.
 */
export function syntheticArticles(text: string, options: CorpusOptions): string[] {
  const clauses = clausesOf(text);
  const random = uniformTensor(options.seed ?? 1, 'bench corpus', 4_000_000, 0.5);
  let next = 0;
  const pick = <T>(items: readonly T[]): T => {
    if (next >= random.length) throw new RangeError('syntheticArticles: ran out of random numbers; ask for fewer articles');
    return items[Math.floor(((random[next++] as number) + 0.5) * items.length)] as T;
  };
  const seen = new Set<string>();
  const fresh = (make: () => string): string => {
    let candidate = make();
    while (seen.has(candidate)) candidate = make();
    seen.add(candidate);
    return candidate;
  };
  const sentence = () => fresh(() => `${capitalize(Array.from({ length: pick([1, 2, 2, 3]) }, () => pick(clauses)).join(', '))}.`);
  const paragraph = () => Array.from({ length: pick([2, 3, 4]) }, sentence).join(' ');
  return Array.from({ length: options.articles }, () => {
    const title = fresh(() => capitalize(Array.from({ length: pick([1, 2]) }, () => pick(clauses)).join(': ')));
    return `${[title, ...Array.from({ length: pick([2, 3]) }, paragraph)].join('\n\n')}\n`;
  });
}

/** The bench corpus of `articles` articles from the example article, written into `dir` as `article-001.de.txt`, …: their texts and files. */
export async function writeBenchCorpus(dir: string, articles: number): Promise<{ texts: string[]; files: string[] }> {
  const texts = syntheticArticles(await readFile(EXAMPLE_ARTICLE, 'utf8'), { articles });
  const files = texts.map((_, i) => path.join(dir, `article-${String(i + 1).padStart(3, '0')}.de.txt`));
  await Promise.all(texts.map((text, i) => writeFile(files[i] as string, text)));
  return { texts, files };
}
