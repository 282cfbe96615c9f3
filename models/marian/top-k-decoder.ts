import { constants } from 'node:fs';
import { appendFile, copyFile, mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import p from 'onnx-proto';
import { derivedDir } from '../derived-dir.js';
import { filesUnder, onnxFiles } from '../model-source.js';
import type { Dtype } from '../model-settings.js';

// onnx-proto is CommonJS: under ESM only the default import works at run time.
const { onnx } = p;

/**
 * What the derived decoder adds to the merged decoder's outputs, per row:
 * - `ids`: its `k` best token ids, best first (ties: lower id first, as the ONNX `TopK` operator
 *   specifies), `k` being `maxK` or the vocabulary size where that is smaller; `scores` their logits.
 *   Decoding fetches these instead of the [rows × vocabulary] logits: on the bench model (2 cores,
 *   batch 16) not copying the logits out of ONNX Runtime and not scanning them in JavaScript made
 *   the engine 11% faster. `maxK` leaves room for beam search's 2 × beams candidates besides the
 *   tokens a row may not choose (opus-mt: `<pad>`, `</s>` below a minimum length, a repetition).
 * - `logProbs`: the log-probabilities of those ids (log-softmax over the vocabulary), which beam
 *   search adds up.
 * - `tokenLogProbs`: the log-probabilities of the ids fed as `tokenIds` (a 1-D list, the same for
 *   every row, empty where none are wanted): constrained decoding's next constraint tokens, which
 *   need not be among the best, `</s>` where a row's limit forces it, and a teacher-forced pass's
 *   tokens.
 */
export const TOP_K = {
  maxK: 32,
  ids: 'lektor_top_k_ids',
  scores: 'lektor_top_k_scores',
  logProbs: 'lektor_top_k_log_probs',
  tokenIds: 'lektor_token_ids',
  tokenLogProbs: 'lektor_token_log_probs',
} as const;

/**
 * Bumped whenever the appended graph changes, so older derived files are rebuilt. 3: `tokenIds` is
 * a plain input; as an overridable initializer (2) onnxruntime-node never fed it, since it feeds
 * only the names it lists as inputs, and every call read the default `[0]`.
 */
const VERSION = 3;

/**
 * The appended part of the model file: a second `graph` field holding only the new nodes, their
 * constants and outputs, and the `tokenIds` input, which every call feeds (Lektor's own loops are
 * the derived decoder's only callers). Protobuf merges repeated occurrences of a message field, so
 * ONNX Runtime reads the original graph with these added, and the original bytes are copied,
 * never parsed.
 */
function topKGraphSuffix(): Uint8Array {
  const { DataType } = onnx.TensorProto;
  const { INT } = onnx.AttributeProto.AttributeType;
  const perRow = (name: string, elemType: number, width: string) => ({
    name,
    type: { tensorType: { elemType, shape: { dim: [{ dimParam: 'batch_size' }, { dimValue: 1 }, { dimParam: width }] } } },
  });
  const node = (opType: string, input: string[], output: string[], axis?: number) => ({
    name: `lektor_${output[0]}`,
    opType,
    input,
    output,
    attribute: axis === undefined ? [] : [{ name: 'axis', type: INT, i: axis }],
  });
  const int64 = (name: string, values: number[]) => ({ name, dataType: DataType.INT64, dims: [values.length], int64Data: values });
  return onnx.ModelProto.encode({
    graph: {
      node: [
        node('Shape', ['logits'], ['lektor_logits_shape']),
        node('Gather', ['lektor_logits_shape', 'lektor_vocab_axis'], ['lektor_vocab_size'], 0),
        node('Min', ['lektor_max_k', 'lektor_vocab_size'], ['lektor_k']),
        node('TopK', ['logits', 'lektor_k'], [TOP_K.scores, TOP_K.ids], -1),
        node('LogSoftmax', ['logits'], ['lektor_log_probs'], -1),
        node('GatherElements', ['lektor_log_probs', TOP_K.ids], [TOP_K.logProbs], -1),
        node('Gather', ['lektor_log_probs', TOP_K.tokenIds], [TOP_K.tokenLogProbs], 2),
      ],
      initializer: [int64('lektor_vocab_axis', [2]), int64('lektor_max_k', [TOP_K.maxK])],
      input: [{ name: TOP_K.tokenIds, type: { tensorType: { elemType: DataType.INT64, shape: { dim: [{ dimParam: 'lektor_tokens' }] } } } }],
      output: [
        perRow(TOP_K.scores, DataType.FLOAT, 'lektor_k'),
        perRow(TOP_K.ids, DataType.INT64, 'lektor_k'),
        perRow(TOP_K.logProbs, DataType.FLOAT, 'lektor_k'),
        perRow(TOP_K.tokenLogProbs, DataType.FLOAT, 'lektor_tokens'),
      ],
    },
  }).finish();
}

/**
 * A model directory that transformers.js loads like `sourceDir`, whose merged decoder for `dtype`
 * also returns `TOP_K`'s outputs. It lives under `derivedRoot` (see `derivedDir`) and holds links
 * to the source's other files, so only the decoder is copied.
 */
export function topKModelDir(sourceDir: string, dtype: Dtype, derivedRoot: string): Promise<string> {
  const decoder = onnxFiles(dtype)[1] as string;
  return derivedDir(sourceDir, dtype, derivedRoot, {
    name: 'top-k',
    version: VERSION,
    sources: [decoder],
    async build(source, building) {
      // Hidden entries are not the model's (a cache folder, stamps): a cache inside the model folder is not mirrored into itself.
      for (const file of (await filesUnder(source)).filter((f) => !f.startsWith('.'))) {
        await mkdir(path.join(building, path.dirname(file)), { recursive: true });
        if (file === decoder) {
          // A clone where the file system can share the blocks; a copy elsewhere.
          await copyFile(path.join(source, file), path.join(building, file), constants.COPYFILE_FICLONE);
          await appendFile(path.join(building, file), topKGraphSuffix());
        } else {
          await symlink(path.resolve(source, file), path.join(building, file));
        }
      }
    },
  });
}
