import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MARIAN_FILES } from '../../models/generate/marian-layout.js';
import { writeTinyModel } from '../../models/generate/tiny-model.js';

let generated: Promise<string> | undefined;

async function readModel(dir: string): Promise<Buffer[]> {
  return Promise.all(MARIAN_FILES.map((file) => readFile(join(dir, file))));
}

/**
 * Absolute directory of the generated tiny model (see `models/generate/tiny-model.ts`).
 *
 * The directory is named after a hash of the model's bytes and shared by every test process:
 * vitest stops its workers with SIGTERM, so a per-process directory could never be cleaned up.
 * It is absolute because transformers.js reads a relative path as a hub id under its own
 * `localModelPath`.
 */
export function tinyModelDir(): Promise<string> {
  generated ??= (async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'lektor-tiny-model-new-'));
    await writeTinyModel(fresh);
    const bytes = await readModel(fresh);
    const hash = createHash('sha256');
    for (const file of bytes) hash.update(file);
    const dir = join(tmpdir(), `lektor-tiny-model-${hash.digest('hex').slice(0, 16)}`);
    try {
      await rename(fresh, dir);
      return dir;
    } catch (error) {
      // Another process got there first (ENOTEMPTY): use its copy if it is intact.
      await rm(fresh, { recursive: true, force: true });
      const existing = await readModel(dir).catch(() => []);
      if (existing.length !== bytes.length || existing.some((file, i) => !file.equals(bytes[i] as Buffer))) {
        throw new Error(`tinyModelDir: ${dir} holds a different or incomplete model; remove it`, { cause: error });
      }
      return dir;
    }
  })();
  return generated;
}
