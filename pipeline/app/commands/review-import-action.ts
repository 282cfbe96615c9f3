import { existsSync } from 'node:fs';
import path from 'node:path';
import { resolveConfig, runDate } from '../../config.js';
import { memoryFile } from '../../engine/memory/memory-file.js';
import type { TranslationMemory } from '../../engine/memory/memory.js';
import { memoryPool } from '../review/memory-pool.js';
import { openSharedMemory } from './redis-connection.js';
import { RECORDS_DIR, type ArticleRecord } from '../review/article-record.js';
import { importReviews, type ImportRefusal } from '../review/import-reviews.js';
import { EXIT, type CliIO, type ExitWith } from './command.js';
import { plural } from '../../core/plural.js';
import { propagateSetting, type PropagateFlags } from './propagate-option.js';

export interface ImportFlags extends PropagateFlags {
  out?: string;
  memory?: string;
  redis?: string;
  force?: boolean;
  lockWait?: number;
}

/**
 * Without `--out`: a file edited in place sits in the output folder itself, beside `.lektor/`, so
 * that folder is meant; a file that came back from elsewhere goes to `translate`'s default.
 */
function outFolder(files: readonly string[], flags: ImportFlags, io: CliIO): string {
  const beside = path.dirname(path.resolve(io.cwd, files[0] ?? '.'));
  if (flags.out === undefined && existsSync(path.join(beside, RECORDS_DIR))) return beside;
  return path.resolve(io.cwd, resolveConfig([{ output: { dir: flags.out } }], io.env).output.dir);
}

/** The refusal's one line: the reason names the sentence and article already. */
function refusalLine(r: ImportRefusal): string {
  return `${r.line === undefined ? r.file : `${r.file}:${r.line}`}: ${r.reason}`;
}

/** What `lektor review import` does, loaded only when it runs (the readers of XLIFF, TMX and JSONL, the memory). */
export async function runReviewImport(files: string[], flags: ImportFlags, io: CliIO, exitWith: ExitWith): Promise<void> {
  const outDir = outFolder(files, flags, io);
  const propagate = await propagateSetting(flags, io);
  const shared = flags.redis === undefined ? undefined : await openSharedMemory(flags.redis, io.env);
  const memories = memoryPool(shared?.memory);
  const memoryFor = (record: ArticleRecord): TranslationMemory | undefined =>
    memories.get(flags.memory === undefined && record.memory !== null ? record.memory : memoryFile(flags.memory, outDir, io.cwd));
  try {
    const result = await importReviews(files, { outDir, now: runDate(io.env), cwd: io.cwd, memoryFor, force: flags.force ?? false, lockWait: flags.lockWait, propagate });
    // Named only when there were any: an import of one article's reviews prints what it always did.
    const spread = [result.propagated.length > 0 ? `, ${result.propagated.length} propagated` : '', result.conflicts.length > 0 ? `, ${plural(result.conflicts.length, 'conflict')}` : ''].join('');
    io.stdout.write(`${plural(result.corrections, 'correction')}, ${plural(result.approvals, 'approval')}, ${result.refused.length} refused${spread}\n`);
    for (const refused of result.refused) io.stdout.write(`${refusalLine(refused)}\n`);
    for (const place of result.propagated) io.stdout.write(`propagated to ${place.article} ${place.segment}: "${place.target}" (was "${place.previous}")\n`);
    for (const place of result.conflicts) io.stdout.write(`conflict: ${place.article} ${place.segment} was reviewed as "${place.target}"; left as it is\n`);
    const stale = result.refused.filter((r) => r.stale).length;
    if (stale > 0) io.stdout.write(`${plural(stale, 'unit')} changed in Lektor after the file was written; --force applies the file's English anyway\n`);
    for (const error of result.failed) io.stderr.write(`lektor: ${error.describe()}\n`);
    exitWith(result.refused.length === 0 && result.failed.length === 0 ? EXIT.ok : EXIT.failed);
  } finally {
    await memories.closeAll();
    await shared?.close();
  }
}
