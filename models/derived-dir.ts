import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Dtype } from './model-settings.js';

/** What Lektor derives from a model's files for one dtype (a decoder that also returns its best tokens, a generation graph). */
export interface Derivation {
  /** Tells derivations of the same source apart in the folder. */
  readonly name: string;
  /** Bumped whenever what `build` writes changes, so older derived copies are rebuilt. */
  readonly version: number;
  /** The source files (relative to the model directory) that `build` reads: their state keys the copy. */
  readonly sources: readonly string[];
  /** Fills `building`, an empty folder, from `sourceDir`. */
  build(sourceDir: string, building: string): Promise<void>;
}

const exists = (file: string) => stat(file).then(() => true, () => false);

/** Whether the process that named a temporary folder `<dir>.<pid>-<random>.tmp` is gone (killed mid-build). */
function abandoned(entry: string): boolean {
  const pid = Number(/\.(\d+)-\w+\.tmp$/.exec(entry)?.[1]);
  if (!pid || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * The folder under `derivedRoot` holding `derivation` of `sourceDir`'s files for `dtype`, built
 * once per state of its source files (path, size, modification time). Built in a temporary
 * folder and renamed into place: concurrent runs each find it whole or build it themselves.
 */
export async function derivedDir(sourceDir: string, dtype: Dtype, derivedRoot: string, derivation: Derivation): Promise<string> {
  const states = await Promise.all(derivation.sources.map((file) => stat(path.join(sourceDir, file))));
  const sourceKey = createHash('sha256').update(`${path.resolve(sourceDir)}\0${dtype}\0${derivation.name}`).digest('hex').slice(0, 16);
  const stateKey = createHash('sha256')
    .update([derivation.version, ...states.flatMap((s) => [s.size, s.mtimeMs])].join('\0'))
    .digest('hex')
    .slice(0, 8);
  const dir = path.join(derivedRoot, `${sourceKey}-${stateKey}`);
  if (await exists(dir)) return dir;

  await mkdir(derivedRoot, { recursive: true });
  const building = `${dir}.${process.pid}-${randomUUID().slice(0, 8)}.tmp`;
  try {
    await mkdir(building);
    await derivation.build(sourceDir, building);
    await rename(building, dir);
  } catch (error) {
    await rm(building, { recursive: true, force: true });
    // Another run renamed its copy into place first.
    if (!(await exists(dir))) throw error;
  }
  // Copies for earlier states of the same source are never read again, nor are builds whose process died.
  for (const entry of await readdir(derivedRoot)) {
    const stale = entry.endsWith('.tmp') ? abandoned(entry) : entry.startsWith(`${sourceKey}-`) && path.join(derivedRoot, entry) !== dir;
    if (stale) {
      await rm(path.join(derivedRoot, entry), { recursive: true, force: true });
    }
  }
  return dir;
}
