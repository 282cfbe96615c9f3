import { createHash } from 'node:crypto';
import { access, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_ARTICLE, writeBenchModel, type BenchDtype } from '../../models/generate/bench-model.js';
import { derivedModelsDir } from '../../models/marian/marian.js';
import { generationModelFile } from '../../models/marian/ort-generation/generation-model.js';
import { topKModelDir } from '../../models/marian/top-k-decoder.js';

const GENERATOR_DIR = fileURLToPath(new URL('../../models/generate/', import.meta.url));

/** Where every bench script keeps the generated bench model and what Lektor derives from it. */
export const BENCH_CACHE = fileURLToPath(new URL('../../node_modules/.cache/lektor-bench', import.meta.url));

/** What the generated model depends on: every generator source and the sample text. */
async function generatorHash(): Promise<string> {
  const hash = createHash('sha256');
  const sources = (await readdir(GENERATOR_DIR)).filter((f) => f.endsWith('.ts')).sort();
  for (const file of [...sources.map((f) => path.join(GENERATOR_DIR, f)), fileURLToPath(EXAMPLE_ARTICLE)]) {
    hash.update(file).update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}

const exists = (file: string) => access(file).then(() => true, () => false);

/**
 * The full-size bench model with the graph files of `dtypes`, generated once under `cacheRoot`
 * (about 30 s and 0.7 GB) and reused while the generator is unchanged. A dtype counts as present
 * only once its stamp file is written, so an interrupted generation is redone.
 */
export async function benchModelDir(cacheRoot: string, dtypes: readonly BenchDtype[], onGenerate: (dtype: BenchDtype) => void): Promise<string> {
  const dir = path.join(cacheRoot, `bench-model-${await generatorHash()}`);
  for (const dtype of dtypes) {
    const stamp = path.join(dir, `.complete-${dtype}`);
    if (await exists(stamp)) continue;
    onGenerate(dtype);
    await mkdir(dir, { recursive: true });
    await writeBenchModel(dir, { dtype });
    await writeFile(stamp, '');
  }
  await removeOtherVersions(cacheRoot, path.basename(dir));
  return dir;
}

/** `benchModelDir`, with what Lektor derives from each dtype's graphs built too: no case's time or peak RSS includes building them. */
export async function derivedBenchModelDir(cacheRoot: string, dtypes: readonly BenchDtype[], onGenerate: (dtype: BenchDtype) => void): Promise<string> {
  const dir = await benchModelDir(cacheRoot, dtypes, onGenerate);
  for (const dtype of dtypes) {
    await topKModelDir(dir, dtype, derivedModelsDir(cacheRoot));
    await generationModelFile(dir, dtype, derivedModelsDir(cacheRoot));
  }
  return dir;
}

/**
 * Older generators' models are 0.7 GB each: keep only the current one. What Lektor derived from
 * them (`.derived`, about 1 GB a model) goes with them; the current model's is derived again.
 */
async function removeOtherVersions(cacheRoot: string, keep: string): Promise<void> {
  const others = (await readdir(cacheRoot)).filter((entry) => entry.startsWith('bench-model-') && entry !== keep);
  for (const entry of others) await rm(path.join(cacheRoot, entry), { recursive: true, force: true });
  if (others.length > 0) await rm(derivedModelsDir(cacheRoot), { recursive: true, force: true });
}
