import { readFile } from 'node:fs/promises';
import type { TermResult } from '../glossary/tools/check/measure-coverage.js';
import { InputError } from '../pipeline/core/errors.js';
import { outputPath } from './write.js';

interface JsonlTerm {
  readonly termId?: unknown;
  readonly found?: unknown;
  readonly repaired?: unknown;
  readonly forbidden?: unknown;
}

/**
 * The term results of each article's translation, from the JSONL writer's `<name>.jsonl` in the
 * output folder (Lektor's machine interface). Articles with no such file are left out.
 */
export async function readTermResults(dir: string, articles: readonly string[]): Promise<Map<string, TermResult[]>> {
  const results = new Map<string, TermResult[]>();
  for (const article of articles) {
    const file = outputPath(dir, article, 'jsonl');
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw new InputError({ file }, `cannot read (${error.code ?? String(error)})`, { cause: error });
    });
    if (text !== undefined) results.set(article, parseJsonl(text, file));
  }
  return results;
}

function parseJsonl(text: string, file: string): TermResult[] {
  return text.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    let record: { terms?: unknown };
    try {
      record = JSON.parse(line) as { terms?: unknown };
    } catch (cause) {
      throw new InputError({ file, line: i + 1 }, `invalid JSON (${(cause as Error).message})`, { cause });
    }
    if (!Array.isArray(record.terms)) throw new InputError({ file, line: i + 1 }, 'not a Lektor JSONL record: no "terms" list');
    return (record.terms as JsonlTerm[]).map((t) => {
      if (typeof t.termId !== 'string' || typeof t.found !== 'boolean') throw new InputError({ file, line: i + 1 }, 'term without "termId" and "found"');
      const forbiddenLeft = Array.isArray(t.forbidden) && t.forbidden.length > 0;
      return { termId: t.termId, honoured: t.found && !forbiddenLeft, repaired: t.repaired === true };
    });
  });
}
