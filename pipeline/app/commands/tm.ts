import type { Command } from 'commander';
import { resolveConfig } from '../../config.js';
import { UsageError } from '../../core/errors.js';
import { searchMemory, type ConcordanceHit } from '../../engine/memory/concordance.js';
import { exportTmx } from '../../engine/memory/export-tmx.js';
import { memoryFile } from '../../engine/memory/memory-file.js';
import type { TranslationMemory } from '../../engine/memory/memory.js';
import { openSqliteMemory } from '../../engine/memory/sqlite-memory.js';
import { openRedisMemory } from '../../engine/memory/redis-memory.js';
import { version } from '../../core/version.js';
import { EXIT, type CliIO, type CommandModule } from './command.js';
import { integerAtLeast } from './integer-option.js';
import { withRedis } from './redis-option.js';

interface WhereFlags {
  memory?: string;
  out?: string;
  redis?: string;
}

/** Every `tm` subcommand finds the memory as `translate` does: `--memory FILE`, or the one in `--out DIR`; or the workers' shared one with `--redis URL`. */
function locate(command: Command): Command {
  return command
    .option('--memory <file>', 'translation memory file (default: <out>/lektor-memory.sqlite)')
    .option('-o, --out <dir>', 'output folder whose memory to use (default: translations)')
    .option('--redis <url>', 'the memory `lektor worker`s share in this Redis instead of a file');
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

const command: CommandModule = (program, io, exitWith) => {
  const tm = program
    .command('tm')
    .description('inspect, search, export or clear the translation memory')
    .addHelpText('after', '\nExamples:\n  lektor tm stats\n  lektor tm search Geheimdienst\n  lektor tm export --tmx > memory.tmx\n  lektor tm clear --memory shared.sqlite --model Xenova/opus-mt-de-en\n');

  locate(tm.command('stats').description('count the remembered translations, per model'))
    .option('--json', 'print the counts as JSON')
    .action(async (flags: WhereFlags & { json?: boolean }) => {
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
    });

  locate(tm.command('export').description('write every remembered translation to stdout'))
    .option('--tmx', 'as TMX 1.4b')
    .action(async (flags: WhereFlags & { tmx?: boolean }) => {
      if (!flags.tmx) throw new UsageError('tm export: choose a format: --tmx');
      await withMemory(flags, io, async (memory) => {
        for await (const chunk of exportTmx(memory.reviews(), memory.entries(), version)) io.stdout.write(chunk);
      });
      exitWith(EXIT.ok);
    });

  locate(tm.command('search').argument('<text>', 'the German word or phrase (the English with --english)').description('find a word or phrase in the memory, in any inflection, with its translation'))
    .option('--english', 'search the English instead of the German')
    .option('--limit <n>', 'at most this many sentence pairs (default: 20)', integerAtLeast(1))
    .option('--json', 'print the hits as JSON')
    .action(async (text: string, flags: WhereFlags & { english?: boolean; limit?: number; json?: boolean }) => {
      const english = flags.english ?? false;
      await withMemory(flags, io, async (memory) => {
        const hits = await searchMemory(memory.reviews(), memory.entries(), text, { english, limit: flags.limit ?? 20 });
        if (flags.json) io.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
        else for (const hit of hits) io.stdout.write(hitLine(hit, english));
      });
      exitWith(EXIT.ok);
    });

  locate(tm.command('clear').description("forget the model's remembered translations (reviews stay unless --reviewed)"))
    .option('--model <id>', 'only those of this model (hub id or absolute directory, as `tm stats` lists them)')
    .option('--reviewed', 'forget the reviewed sentences too')
    .action(async (flags: WhereFlags & { model?: string; reviewed?: boolean }) => {
      await withMemory(flags, io, async (memory) => {
        const removed = await memory.clear(flags.model, { reviewed: flags.reviewed });
        const kept = flags.reviewed ? '' : ' (reviews kept; --reviewed removes them)';
        io.stdout.write(
          `removed ${removed.entries} ${removed.entries === 1 ? 'entry' : 'entries'} and ${removed.reviewed} ${removed.reviewed === 1 ? 'review' : 'reviews'} from ${memory.location}${kept}\n`,
        );
      });
      exitWith(EXIT.ok);
    });
};

export default command;
