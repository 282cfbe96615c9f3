import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { PARTIAL_SUFFIX, isPartialPath, readPartial, type PartialState } from './download/partial-download.js';
import { CONFIG_FILES, filesUnder, onnxFiles } from './model-source.js';
import { DTYPES, type Dtype, type ModelSettings, type OpenOptions } from './model-settings.js';
import { openTranslator } from './open-translator.js';

export interface CachedModel {
  /** Hub id (the path under the cache folder). */
  readonly id: string;
  readonly dir: string;
  /** Total bytes on disk, unfinished downloads included. */
  readonly bytes: number;
  /** Dtypes whose weight files are all present. */
  readonly dtypes: readonly Dtype[];
  /** Files whose download was interrupted: the next pull or translate resumes them. */
  readonly partial: readonly PartialFile[];
}

export interface PartialFile extends PartialState {
  /** Path inside the model, e.g. `onnx/encoder_model.onnx`. */
  readonly file: string;
}

/**
 * Downloads a model's files for one dtype into the cache and checks that it loads as a translator,
 * which also derives what decoding needs (the generation model), so the first run need not.
 */
export async function pullModel(settings: Omit<ModelSettings, 'offline'>, options: OpenOptions = {}): Promise<void> {
  const translator = await openTranslator({ ...settings, offline: false }, options);
  await translator.dispose();
}

async function describeModel(cacheDir: string, id: string): Promise<CachedModel | undefined> {
  const dir = path.join(cacheDir, ...id.split('/'));
  const files = await filesUnder(dir);
  const present = new Set(files.filter((f) => !isPartialPath(f)));
  const partialNames = files.filter((f) => f.endsWith(PARTIAL_SUFFIX)).map((f) => f.slice(0, -PARTIAL_SUFFIX.length));
  if (!CONFIG_FILES.some((f) => present.has(f)) && partialNames.length === 0) return undefined;
  const partial = await Promise.all(
    partialNames.sort().map(async (file) => ({ file, ...(await readPartial(path.join(dir, file))) }) as PartialFile),
  );
  const sizes = await Promise.all(files.map(async (f) => (await stat(path.join(dir, f))).size));
  const complete = [...CONFIG_FILES].every((f) => present.has(f));
  return {
    id,
    dir,
    bytes: sizes.reduce((a, b) => a + b, 0),
    dtypes: DTYPES.filter((d) => complete && onnxFiles(d).every((f) => present.has(f))),
    partial,
  };
}

/** Models in the cache folder: every `owner/name` directory holding a model's files or an unfinished download of them. */
export async function listModels(cacheDir: string): Promise<CachedModel[]> {
  const owners = await readdir(cacheDir, { withFileTypes: true }).catch(() => []);
  const found: CachedModel[] = [];
  // Hidden folders are Lektor's own (derived decoders), not hub owners.
  for (const owner of owners.filter((d) => d.isDirectory() && !d.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name))) {
    const names = await readdir(path.join(cacheDir, owner.name), { withFileTypes: true });
    for (const name of names.filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
      const model = await describeModel(cacheDir, `${owner.name}/${name.name}`);
      if (model) found.push(model);
    }
  }
  return found;
}
