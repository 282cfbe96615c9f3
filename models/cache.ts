import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILES, filesUnder, onnxFiles } from './model-source.js';
import { loadMarianParts, type MarianOptions } from './marian.js';

export interface CachedModel {
  /** Hub id (the path under the cache folder). */
  readonly id: string;
  readonly dir: string;
  /** Total bytes on disk. */
  readonly bytes: number;
  /** Dtypes whose weight files are all present. */
  readonly dtypes: readonly ('fp32' | 'q8')[];
}

/** Downloads a model's files for one dtype into the cache and checks that it loads. */
export async function pullModel(options: Omit<MarianOptions, 'offline'>): Promise<void> {
  const { model } = await loadMarianParts({ ...options, offline: false });
  await model.dispose();
}

/** Models in the cache folder: every `owner/name` directory holding a `config.json`. */
export async function listModels(cacheDir: string): Promise<CachedModel[]> {
  const owners = await readdir(cacheDir, { withFileTypes: true }).catch(() => []);
  const found: CachedModel[] = [];
  // Hidden folders are Lektor's own (derived decoders), not hub owners.
  for (const owner of owners.filter((d) => d.isDirectory() && !d.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name))) {
    const names = await readdir(path.join(cacheDir, owner.name), { withFileTypes: true });
    for (const name of names.filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
      const dir = path.join(cacheDir, owner.name, name.name);
      const present = new Set(await filesUnder(dir));
      if (!CONFIG_FILES.every((f) => present.has(f))) continue;
      const sizes = await Promise.all([...present].map(async (f) => (await stat(path.join(dir, f))).size));
      found.push({
        id: `${owner.name}/${name.name}`,
        dir,
        bytes: sizes.reduce((a, b) => a + b, 0),
        dtypes: (['fp32', 'q8'] as const).filter((d) => onnxFiles(d).every((f) => present.has(f))),
      });
    }
  }
  return found;
}
