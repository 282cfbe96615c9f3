import { createHash, randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { appendFile, copyFile, mkdir, readdir, rename, rm, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import p from 'onnx-proto';
import { filesUnder, onnxFiles } from './model-source.js';

// onnx-proto is CommonJS: under ESM only the default import works at run time.
const { onnx } = p;

/**
 * What the derived decoder adds: each row's `k` best token ids, best first (ties: lower id
 * first, as the ONNX `TopK` operator specifies). Decoding then fetches these instead of the
 * [rows × vocabulary] logits: on the bench model (2 cores, batch 16) not copying the logits out
 * of ONNX Runtime and not scanning them in JavaScript made the engine 11% faster. `k` leaves room
 * for the tokens a row may not choose (opus-mt: `<pad>`, and `</s>` below a minimum length).
 */
export const TOP_K = { k: 8, ids: 'lektor_top_k_ids', scores: 'lektor_top_k_scores' } as const;

/** Bumped whenever the appended graph changes, so older derived files are rebuilt. */
const VERSION = 1;

/**
 * The appended part of the model file: a second `graph` field holding only the new node, its `k`
 * and its outputs. Protobuf merges repeated occurrences of a message field, so ONNX Runtime reads
 * the original graph with these added, and the original bytes are copied, never parsed.
 */
function topKGraphSuffix(): Uint8Array {
  const { DataType } = onnx.TensorProto;
  const output = (name: string, elemType: number) => ({
    name,
    type: { tensorType: { elemType, shape: { dim: [{ dimParam: 'batch_size' }, { dimValue: 1 }, { dimValue: TOP_K.k }] } } },
  });
  return onnx.ModelProto.encode({
    graph: {
      node: [
        {
          name: 'lektor_top_k',
          opType: 'TopK',
          input: ['logits', 'lektor_k'],
          output: [TOP_K.scores, TOP_K.ids],
          attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: -1 }],
        },
      ],
      initializer: [{ name: 'lektor_k', dataType: DataType.INT64, dims: [1], int64Data: [TOP_K.k] }],
      output: [output(TOP_K.scores, DataType.FLOAT), output(TOP_K.ids, DataType.INT64)],
    },
  }).finish();
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
 * A model directory that transformers.js loads like `sourceDir`, whose merged decoder for `dtype`
 * also returns `TOP_K`'s outputs. It lives under `derivedRoot`, is built once per state of the
 * source decoder (path, size, modification time) and holds links to the source's other files,
 * so only the decoder is copied. Built in a temporary folder and renamed into place: concurrent
 * runs each find it whole or build it themselves.
 */
export async function topKModelDir(sourceDir: string, dtype: 'fp32' | 'q8', derivedRoot: string): Promise<string> {
  const decoder = onnxFiles(dtype)[1] as string;
  const source = await stat(path.join(sourceDir, decoder));
  const sourceKey = createHash('sha256').update(`${path.resolve(sourceDir)}\0${dtype}`).digest('hex').slice(0, 16);
  const stateKey = createHash('sha256').update(`${VERSION}\0${source.size}\0${source.mtimeMs}`).digest('hex').slice(0, 8);
  const dir = path.join(derivedRoot, `${sourceKey}-${stateKey}`);
  if (await exists(dir)) return dir;

  await mkdir(derivedRoot, { recursive: true });
  const building = `${dir}.${process.pid}-${randomUUID().slice(0, 8)}.tmp`;
  try {
    // Hidden entries are not the model's (a cache folder, stamps): a cache inside the model folder is not mirrored into itself.
    for (const file of (await filesUnder(sourceDir)).filter((f) => !f.startsWith('.'))) {
      await mkdir(path.join(building, path.dirname(file)), { recursive: true });
      if (file === decoder) {
        // A clone where the file system can share the blocks; a copy elsewhere.
        await copyFile(path.join(sourceDir, file), path.join(building, file), constants.COPYFILE_FICLONE);
        await appendFile(path.join(building, file), topKGraphSuffix());
      } else {
        await symlink(path.resolve(sourceDir, file), path.join(building, file));
      }
    }
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
