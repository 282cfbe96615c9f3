import { resolveConfig } from '../../config.js';
import { UsageError } from '../../core/errors.js';
import { CONCORDANCE_LIMIT, searchMemory, type ConcordanceHit } from '../../engine/memory/concordance.js';
import { exportTmx } from '../../engine/memory/export-tmx.js';
import { memoryFile } from '../../engine/memory/memory-file.js';
import type { TranslationMemory } from '../../engine/memory/memory.js';
import { openSqliteMemory } from '../../engine/memory/sqlite-memory.js';
import { openRedisMemory } from '../../engine/memory/redis-memory.js';
import { version } from '../../core/version.js';
import { EXIT, type CliIO, type ExitWith } from './command.js';
import { withRedis } from './redis-connection.js';

// What the `lektor tm` subcommands do, loaded only when one runs (better-sqlite3, ioredis, xmlbuilder2).

export interface WhereFlags {
  memory?: string;
  out?: string;
  redis?: string;
}

/** Opens an existing memory, runs `use` on it and closes it, whatever happens. */
async function withMemory(flags: WhereFlags, io: CliIO, use: (memory: TranslationMemory) => Promise<void>): Promise<void> {
  if (flags.redis !== undefined) {
    return withRedis(resolveConfig([{ queue: { redis: flags.redis } }], io.env), (redis, location) => use(openRedisMemory(redis, { location })));
  }
  const outDir = resolveConfig([{ output: { dir: flags.out } }], io.env).output.dir;
  const memory = openSqliteMemory(memoryFile(flags.memory, outDir, io.cwd), { create: false });
  try {
    await use(memory);
  } finally {
    await memory.close();
  }
}

/** The phrase found, in «guillemets», which no terminal needs to understand. */
function marked(text: string, { start, end }: ConcordanceHit['span']): string {
  return `${text.slice(0, start)}«${text.slice(start, end)}»${text.slice(end)}`;
}

/** A hit as a line: the German, the English, whose English and when; the phrase marked on the side searched. */
function hitLine(hit: ConcordanceHit, english: boolean): string {
  const source = english ? hit.source : marked(hit.source, hit.span);
  const target = english ? marked(hit.target, hit.span) : hit.target;
  return `${source}\t${target}\t${hit.origin}\t${hit.createdAt}\n`;
}

/** `lektor tm stats`. */
export async function tmStats(flags: WhereFlags & { json?: boolean }, io: CliIO, exitWith: ExitWith): Promise<void> {
  await withMemory(flags, io, async (memory) => {
    const stats = await memory.stats();
    if (flags.json) {
      io.stdout.write(`${JSON.stringify({ memory: memory.location, ...stats }, null, 2)}\n`);
    } else {
      io.stdout.write(`${memory.location}: ${stats.entries} ${stats.entries === 1 ? 'entry' : 'entries'}, ${stats.reviewed} reviewed\n`);
      for (const m of stats.models) io.stdout.write(`${m.model}\t${m.dtype}\t${m.decoding}\t${m.entries}\n`);
    }
  });
  exitWith(EXIT.ok);
}

/** `lektor tm export`. */
export async function tmExport(flags: WhereFlags & { tmx?: boolean }, io: CliIO, exitWith: ExitWith): Promise<void> {
  if (!flags.tmx) throw new UsageError('tm export: choose a format: --tmx');
  await withMemory(flags, io, async (memory) => {
    for await (const chunk of exportTmx(memory.reviews(), memory.entries(), version)) io.stdout.write(chunk);
  });
  exitWith(EXIT.ok);
}

/** `lektor tm search`. */
export async function tmSearch(text: string, flags: WhereFlags & { english?: boolean; limit?: number; json?: boolean }, io: CliIO, exitWith: ExitWith): Promise<void> {
  const english = flags.english ?? false;
  await withMemory(flags, io, async (memory) => {
    const hits = await searchMemory(memory.reviews(), memory.entries(), text, { english, limit: flags.limit ?? CONCORDANCE_LIMIT });
    if (flags.json) io.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
    else for (const hit of hits) io.stdout.write(hitLine(hit, english));
  });
  exitWith(EXIT.ok);
}

/** `lektor tm clear`. */
export async function tmClear(flags: WhereFlags & { model?: string; reviewed?: boolean }, io: CliIO, exitWith: ExitWith): Promise<void> {
  await withMemory(flags, io, async (memory) => {
    const removed = await memory.clear(flags.model, { reviewed: flags.reviewed });
    const kept = flags.reviewed ? '' : ' (reviews kept; --reviewed removes them)';
    io.stdout.write(
      `removed ${removed.entries} ${removed.entries === 1 ? 'entry' : 'entries'} and ${removed.reviewed} ${removed.reviewed === 1 ? 'review' : 'reviews'} from ${memory.location}${kept}\n`,
    );
  });
  exitWith(EXIT.ok);
}
