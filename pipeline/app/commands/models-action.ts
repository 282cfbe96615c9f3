import { formatBytes } from '../../../models/download/byte-units.js';
import { listModels, pullModel, type CachedModel } from '../../../models/cache.js';
import { REPORTERS, chooseReporter } from '../report/index.js';
import { resolveConfig } from '../../config.js';
import { EXIT, type CliIO, type ExitWith } from './command.js';
import { interruptOnSigint } from './interrupt-on-sigint.js';
import type { Dtype } from '../../../models/model-settings.js';

// What the `lektor models` subcommands do, loaded only when one runs (the download and cache code).

export interface PullFlags {
  dtype: Dtype;
  hub?: string;
  json?: boolean;
  quiet?: boolean;
}

/** `id  size  dtypes  [unfinished: file (x of y MB), …]`, tab-separated. */
function modelLine(m: CachedModel): string {
  const columns = [m.id, formatBytes(m.bytes), m.dtypes.join(',') || 'no complete dtype'];
  if (m.partial.length > 0) {
    const parts = m.partial.map((p) => `${p.file} (${formatBytes(p.received)}${p.bytes === undefined ? '' : ` of ${formatBytes(p.bytes)}`})`);
    columns.push(`unfinished download: ${parts.join(', ')}; run \`lektor models pull ${m.id}\` to resume`);
  }
  return columns.join('\t');
}

/** `lektor models pull`. */
export async function modelsPull(id: string | undefined, flags: PullFlags, io: CliIO, exitWith: ExitWith): Promise<void> {
  const config = resolveConfig([{ model: { id, dtype: flags.dtype, hub: flags.hub } }], io.env);
  if (config.model.offline) {
    io.stderr.write('lektor: models pull needs the network, but LEKTOR_OFFLINE is set\n');
    exitWith(EXIT.failed);
    return;
  }
  const reporterName = chooseReporter(flags, io.stderr);
  const interrupt = interruptOnSigint(() => undefined);
  try {
    await pullModel({ ...config.model, cwd: io.cwd }, { signal: interrupt.signal, onDownload: REPORTERS[reporterName](io) });
  } catch (error) {
    if (!interrupt.signal.aborted || error !== interrupt.signal.reason) throw error;
    io.stderr.write(`\nlektor: interrupted; what has arrived of ${config.model.id} is kept, run the same command again to resume\n`);
    exitWith(EXIT.interrupted);
    return;
  } finally {
    interrupt.release();
  }
  if (reporterName !== 'json') io.stdout.write(`${config.model.id} (${config.model.dtype}) is in ${config.model.cacheDir}\n`);
  exitWith(EXIT.ok);
}

/** `lektor models list`. */
export async function modelsList(io: CliIO, exitWith: ExitWith): Promise<void> {
  const { cacheDir } = resolveConfig([], io.env).model;
  const found = await listModels(cacheDir);
  if (found.length === 0) io.stdout.write(`no models in ${cacheDir}; run \`lektor models pull\`\n`);
  for (const m of found) io.stdout.write(`${modelLine(m)}\n`);
  exitWith(EXIT.ok);
}
