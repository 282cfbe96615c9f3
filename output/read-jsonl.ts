import { InputError } from '../pipeline/core/errors.js';
import { singleArticle, type InlinePiece, type ReviewedFile, type ReviewedUnit } from './reviewed-file.js';

interface MarkLine {
  readonly id: string;
  readonly targetStart: number;
  readonly targetEnd: number;
  readonly open: string;
  readonly close: string;
  readonly paired: boolean;
  readonly lost?: boolean;
}

interface SegmentLine {
  readonly article: string;
  readonly id: string;
  readonly source: string;
  readonly target: string | null;
  readonly origin?: unknown;
  readonly version?: unknown;
  readonly marks?: unknown;
}

function isMarkLine(value: unknown, target: string): value is MarkLine {
  const m = value as Partial<MarkLine> | null;
  return (
    typeof m === 'object' && m !== null && m.lost !== true && typeof m.id === 'string' && typeof m.open === 'string' && typeof m.close === 'string' && typeof m.paired === 'boolean' &&
    Number.isInteger(m.targetStart) && Number.isInteger(m.targetEnd) && 0 <= (m.targetStart as number) && (m.targetStart as number) <= (m.targetEnd as number) && (m.targetEnd as number) <= target.length
  );
}

/**
 * The English of a record with its marks as inline codes, as an XLIFF reader gives them: a script
 * moves markup by changing a mark's `targetStart`/`targetEnd` with the text. A mark without
 * offsets, or `lost`, or dropped by the script, gives no code, so the import loses (and flags) it.
 */
function targetPieces(target: string, marks: readonly MarkLine[]): InlinePiece[] {
  // At one position: what closes (inner first), then what stands alone, then what opens (outer first).
  const events: { at: number; order: number; tie: number; piece: InlinePiece; skip?: number }[] = [];
  for (const m of marks) {
    if (!m.paired) {
      events.push({ at: m.targetStart, order: 1, tie: 0, piece: { mark: m.id, side: 'standalone' }, skip: m.targetEnd });
      continue;
    }
    if (m.open !== '') events.push({ at: m.targetStart, order: 2, tie: -m.targetEnd, piece: { mark: m.id, side: 'open' } });
    // An element around nothing closes right after it opens.
    if (m.close !== '') events.push({ at: m.targetEnd, order: m.targetStart === m.targetEnd ? 3 : 0, tie: -m.targetStart, piece: { mark: m.id, side: 'close' } });
  }
  events.sort((a, b) => a.at - b.at || a.order - b.order || a.tie - b.tie);
  const pieces: InlinePiece[] = [];
  let at = 0;
  for (const event of events) {
    if (event.at > at) pieces.push(target.slice(at, event.at));
    pieces.push(event.piece);
    at = Math.max(at, event.skip ?? event.at);
  }
  if (at < target.length) pieces.push(target.slice(at));
  return pieces;
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
 * are skipped. A record whose `origin` is `"review"` counts as approved; `version` is the version.
 */
export function readJsonl(text: string, file: string): ReviewedFile {
  const records = text.split('\n').flatMap((raw, i) => (raw.trim() === '' ? [] : [{ ...parseLine(raw, file, i + 1), line: i + 1 }]));
  return {
    article: singleArticle(file, records),
    units: records.map(
      (r): ReviewedUnit => {
        const target = r.target ?? '';
        const marks = Array.isArray(r.marks) && r.marks.length > 0 ? r.marks.filter((m): m is MarkLine => isMarkLine(m, target)) : undefined;
        const inline = marks ? { inline: { source: [r.source], target: targetPieces(target, marks) } } : {};
        const version = typeof r.version === 'string' && r.version !== '' ? { version: r.version } : {};
        return { segment: r.id, source: r.source, target, approved: r.origin === 'review', ...version, line: r.line, ...inline };
      },
    ),
  };
}
