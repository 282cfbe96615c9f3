import { buffer } from 'node:stream/consumers';
import path from 'node:path';
import { segmentRecords } from '../../segmenter/records.js';
import { segmentText } from '../../segmenter/index.js';
import { decodeArticle } from '../../core/decode-article.js';
import { readArticle } from '../../read/read-article.js';
import { EXIT, type CliIO, type ExitWith } from './command.js';

export interface SegmentFlags {
  json?: boolean;
}

const STDIN = '-';

/** Line breaks inside a hard-wrapped sentence, so the plain listing keeps one segment per line. */
const LINE_BREAK = /\s*[\n\v\f\r\u0085\u2028\u2029]\s*/gu;

async function readText(file: string, io: CliIO): Promise<string> {
  if (file !== STDIN) return (await readArticle(path.resolve(io.cwd, file))).text;
  return decodeArticle(await buffer(io.stdin), 'stdin').text;
}

/** What `lektor segment` does, loaded only when it runs (the readers and the segmenter). */
export async function runSegment(file: string | undefined, flags: SegmentFlags, io: CliIO, exitWith: ExitWith): Promise<void> {
  const text = await readText(file ?? STDIN, io);
  const records = segmentRecords(segmentText(text));
  io.stdout.write(
    flags.json
      ? `${JSON.stringify(records, null, 2)}\n`
      : records.map((r) => `${r.text.replace(LINE_BREAK, ' ')}\n`).join(''),
  );
  exitWith(EXIT.ok);
}
