import { InputError } from '../pipeline/errors.js';
import { singleArticle, type ReviewedFile, type ReviewedUnit } from './reviewed-file.js';

interface SegmentLine {
  readonly article: string;
  readonly id: string;
  readonly source: string;
  readonly target: string | null;
  readonly origin?: unknown;
}

function isSegmentLine(value: unknown): value is SegmentLine {
  const r = value as Partial<SegmentLine> | null;
  return typeof r === 'object' && r !== null && typeof r.article === 'string' && typeof r.id === 'string' && typeof r.source === 'string' && (typeof r.target === 'string' || r.target === null);
}

function parseLine(text: string, file: string, line: number): SegmentLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new InputError({ file, line }, `not a JSON record (${(cause as Error).message})`, { cause });
  }
  if (!isSegmentLine(value)) throw new InputError({ file, line }, 'not a Lektor segment record: it needs article, id, source and target');
  return value;
}

/**
 * A JSONL file as `output/jsonl.ts` wrote it, after a script: units are matched by each record's
 * `id`, the article by its `article` field; other fields may be changed or dropped, blank lines
 * are skipped. A record whose `origin` is `"review"` counts as approved.
 */
export function readJsonl(text: string, file: string): ReviewedFile {
  const records = text.split('\n').flatMap((raw, i) => (raw.trim() === '' ? [] : [{ ...parseLine(raw, file, i + 1), line: i + 1 }]));
  return {
    article: singleArticle(file, records),
    units: records.map(
      (r): ReviewedUnit => ({ segment: r.id, source: r.source, target: r.target ?? '', approved: r.origin === 'review', line: r.line }),
    ),
  };
}
