import { loadGlossary } from '../../../glossary/load.js';
import { modelIdentity, openTranslator } from '../../../models/open-translator.js';
import type { Reporter } from '../report/index.js';
import type { EngineOptions } from '../../engine/translation-engine.js';
import type { LektorConfig } from '../../config.js';
import { memoryFile } from '../../engine/memory/memory-file.js';
import { openSqliteMemory } from '../../engine/memory/sqlite-memory.js';
import type { CliIO } from './command.js';

/**
 * What every command that translates (`translate`, `serve`) makes of its settings: the glossary,
 * loaded and checked before anything else, so a bad one stops the command first; the memory
 * (`--memory FILE`, `--no-memory`, else the output folder's), which the caller closes; and the
 * model, loaded on first need, its download reported and stopped by `signal`.
 */
export async function engineOptions(
  config: LektorConfig,
  flags: { readonly memory?: string | false },
  io: CliIO,
  run: { readonly now: Date; readonly report: Reporter; readonly signal?: AbortSignal },
): Promise<EngineOptions> {
  const glossary = config.glossary.path === undefined ? undefined : await loadGlossary(config.glossary.path, io.cwd);
  const model = { ...config.model, cwd: io.cwd };
  return {
    config,
    now: run.now,
    stageDeps: { glossary },
    identity: modelIdentity(model),
    loadTranslator: () => openTranslator(model, { signal: run.signal, onDownload: run.report }),
    memory: flags.memory === false ? undefined : openSqliteMemory(memoryFile(flags.memory, config.output.dir, io.cwd)),
    ...(run.signal ? { signal: run.signal } : {}),
  };
}
