import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isFormat, type Format } from '../../../output/index.js';
import { writeFileAtomic } from '../../core/write-file-atomic.js';
import type { QaConfig } from '../../config.js';
import type { LektorDoc, TermStrategy } from '../../core/doc.js';
import { InputError } from '../../core/errors.js';

/**
 * What `lektor review` needs of a translated article, kept beside its outputs: the document
 * itself (every format is rendered from it again after a review) and the settings that made it,
 * so a reviewed sentence is verified and checked as the run would have.
 */
export interface ArticleRecord {
  readonly version: typeof RECORD_VERSION;
  readonly doc: LektorDoc;
  /** The formats the run wrote, regenerated after each review. */
  readonly formats: readonly Format[];
  /** The glossary the run honoured: absolute path (a list for a stack, in precedence order) and strategy. */
  readonly glossary: { readonly path: string | readonly string[]; readonly strategy: TermStrategy } | null;
  readonly qa: QaConfig;
  /** The translation memory the run used (absolute), where reviews are recorded by default. */
  readonly memory: string | null;
}

const RECORD_VERSION = 1;

/** Records live in a hidden folder of the output folder: Lektor's state, not a deliverable. */
export const RECORDS_DIR = '.lektor';

export function articleRecordPath(outDir: string, name: string): string {
  return path.join(outDir, RECORDS_DIR, `${name}.json`);
}

export async function writeArticleRecord(outDir: string, record: Omit<ArticleRecord, 'version'>): Promise<string> {
  const file = articleRecordPath(outDir, record.doc.meta.name);
  await writeFileAtomic(file, `${JSON.stringify({ version: RECORD_VERSION, ...record })}\n`);
  return file;
}

function isRecord(value: unknown): value is ArticleRecord {
  const r = value as Partial<ArticleRecord> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    r.version === RECORD_VERSION &&
    typeof r.doc?.meta?.name === 'string' &&
    Array.isArray(r.doc.paragraphs) &&
    Array.isArray(r.formats) &&
    r.formats.every((f) => typeof f === 'string' && isFormat(f)) &&
    typeof r.qa === 'object'
  );
}

/** Reads one article's record; a missing, unreadable or foreign file is one line naming it. */
export async function readArticleRecord(outDir: string, name: string): Promise<ArticleRecord> {
  const file = articleRecordPath(outDir, name);
  const text = await readFile(file, 'utf8').catch((cause: NodeJS.ErrnoException) => {
    const reason = cause.code === 'ENOENT' ? `no article "${name}" in ${outDir} (run \`lektor translate\` with --out ${outDir} first)` : `cannot read (${cause.code ?? String(cause)})`;
    throw new InputError({ file }, reason, { cause });
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new InputError({ file }, `not a Lektor article record (${(cause as Error).message})`, { cause });
  }
  if (!isRecord(value)) throw new InputError({ file }, `not a Lektor article record of version ${RECORD_VERSION}`);
  return value;
}

/** The names of the articles translated into `outDir`, sorted; a folder without any is one line naming it. */
export async function listArticles(outDir: string): Promise<string[]> {
  const dir = path.join(outDir, RECORDS_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  const articles = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length)).sort();
  if (articles.length === 0) throw new InputError({ file: outDir }, 'no translated articles here (run `lektor translate` with --out pointing at this folder first)');
  return articles;
}

/** Every article's record in `outDir`, one at a time: a folder of any size is never held whole. */
export async function* articleRecords(outDir: string): AsyncGenerator<ArticleRecord> {
  for (const name of await listArticles(outDir)) yield await readArticleRecord(outDir, name);
}
