/**
 * A model file whose one node, ONNX Runtime's contrib operator `BeamSearch` (its T5 form,
 * `model_type` 1), runs the whole decoding loop of a Marian model inside ONNX Runtime: the
 * key/value cache never leaves it, and no JavaScript runs between steps.
 *
 * The operator takes two subgraphs, built here from the published files without changing their
 * nodes:
 * - `encoder` (inputs `encoder_input_ids`, `encoder_attention_mask`, `decoder_input_ids`, all
 *   int32): the encoder, then the merged decoder's first step (`use_cache_branch` false, an empty
 *   past); outputs `logits`, `encoder_hidden_states`, `present_key_self_<i>`/`present_value_self_<i>`
 *   for every layer, then `present_key_cross_<i>`/`present_value_cross_<i>`;
 * - `decoder` (inputs `input_ids` [rows, 1], `encoder_attention_mask`, `encoder_hidden_states`, the
 *   `past_*_self_<i>` then the `past_*_cross_<i>`): the merged decoder's cached step; outputs `logits`
 *   and the `present_*_self_<i>`.
 * Every name of a source file gets a prefix of its own (`encoder:`, `decoder:`), so the two files'
 * names never meet; the weights of both sit once in the outer graph, which the subgraphs read.
 *
 * The file is written without holding it in memory: every weight is its own `graph` message
 * after the main one, and protobuf merges repeated occurrences of a message field, so ONNX Runtime
 * reads one graph holding all of them. One source file is parsed at a time (its weights are views
 * of the file's bytes, never copied in JavaScript).
 */
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import p from 'onnx-proto';
import { derivedDir } from '../../derived-dir.js';
import { GraphBuilder } from '../../generate/onnx-builder.js';
import { onnxFiles } from '../../model-source.js';
import type { Dtype } from '../../model-settings.js';

// onnx-proto is CommonJS: under ESM only the default import works at run time.
const { onnx } = p;

/** The outer graph's inputs, in the operator's order (`prefix_vocab_mask`, input 8, is not used). */
export const GENERATION_INPUTS = {
  ids: 'input_ids',
  maxLength: 'max_length',
  minLength: 'min_length',
  beams: 'num_beams',
  returnSequences: 'num_return_sequences',
  lengthPenalty: 'length_penalty',
  repetitionPenalty: 'repetition_penalty',
  vocabMask: 'vocab_mask',
  attentionMask: 'attention_mask',
} as const;

/** Outputs: [rows, returned sequences, max_length] token ids, the decoder start token first, padded; and each sequence's score. */
export const GENERATION_OUTPUTS = { sequences: 'sequences', scores: 'sequences_scores' } as const;

/** What the subgraphs' declared shapes need from `config.json`, and the special tokens. */
interface MarianConfig {
  readonly d_model: number;
  readonly decoder_layers: number;
  readonly decoder_attention_heads: number;
  readonly vocab_size: number;
  readonly eos_token_id: number;
  readonly pad_token_id: number;
  readonly decoder_start_token_id: number;
}

const { DataType } = onnx.TensorProto;
const { AttributeType } = onnx.AttributeProto;

function tensorInfo(name: string, elemType: p.onnx.TensorProto.DataType, dims: readonly (number | string)[]): p.onnx.IValueInfoProto {
  return { name, type: { tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) } } } };
}

type Rename = (name: string) => string;

/** Gives every value, node and weight of `graph` (and of the graphs inside its nodes) its new name. */
function renameGraph(graph: p.onnx.IGraphProto, rename: Rename): void {
  const value = (name: string) => (name === '' ? name : rename(name));
  for (const node of graph.node ?? []) {
    node.input = (node.input ?? []).map(value);
    node.output = (node.output ?? []).map(value);
    if (node.name) node.name = rename(node.name);
    for (const attribute of node.attribute ?? []) {
      if (attribute.g) renameGraph(attribute.g, rename);
      for (const sub of attribute.graphs ?? []) renameGraph(sub, rename);
    }
  }
  for (const info of [...(graph.input ?? []), ...(graph.output ?? []), ...(graph.valueInfo ?? [])]) info.name = value(info.name ?? '');
  for (const tensor of graph.initializer ?? []) tensor.name = value(tensor.name ?? '');
}

/** One source file with its weights written out: its nodes, to be copied into a subgraph under names of its own, and what it declares. */
interface SourceNodes {
  /** A fresh copy of the file's nodes, every name renamed (`overrides`, else the file's prefix). */
  nodes(overrides: ReadonlyMap<string, string>): p.onnx.INodeProto[];
  readonly opsets: readonly p.onnx.IOperatorSetIdProto[];
  readonly irVersion: number;
}

/** The per-layer names the operator expects, in its order: every layer's self-attention pair, then every layer's cross-attention pair. */
function cacheNames(kind: 'past' | 'present', layers: number): { self: string[]; cross: string[] } {
  const pairs = (attention: string) => Array.from({ length: layers }, (_, i) => [`${kind}_key_${attention}_${i}`, `${kind}_value_${attention}_${i}`]).flat();
  return { self: pairs('self'), cross: pairs('cross') };
}

/** The merged decoder's own names for layer `i`'s cache, in the order of `cacheNames` (Optimum's export, as Xenova publishes it). */
function mergedCacheNames(kind: 'past_key_values' | 'present', layers: number): { self: string[]; cross: string[] } {
  const pairs = (attention: string) => Array.from({ length: layers }, (_, i) => [`${kind}.${i}.${attention}.key`, `${kind}.${i}.${attention}.value`]).flat();
  return { self: pairs('decoder'), cross: pairs('encoder') };
}

const zip = (from: readonly string[], to: readonly string[]): [string, string][] => from.map((name, i) => [name, to[i] as string]);

/** Highest version per operator domain, and ONNX Runtime's own domain for `BeamSearch`. */
function mergeOpsets(lists: readonly (readonly p.onnx.IOperatorSetIdProto[])[]): p.onnx.IOperatorSetIdProto[] {
  const versions = new Map<string, number>([['com.microsoft', 1]]);
  for (const { domain, version } of lists.flat()) versions.set(domain ?? '', Math.max(versions.get(domain ?? '') ?? 0, Number(version ?? 0)));
  return [...versions].map(([domain, version]) => ({ domain, version }));
}

/** Writes the generation model for `dtype` of the Marian model in `sourceDir` (`config` is its `config.json`) to `target`. */
async function writeGenerationModel(sourceDir: string, dtype: Dtype, config: MarianConfig, target: string): Promise<void> {
  const [encoderFile, decoderFile] = onnxFiles(dtype).map((file) => path.join(sourceDir, file)) as [string, string];
  const layers = config.decoder_layers;
  const heads = config.decoder_attention_heads;
  const headDim = config.d_model / heads;
  const past = cacheNames('past', layers);
  const present = cacheNames('present', layers);
  const mergedPast = mergedCacheNames('past_key_values', layers);
  const mergedPresent = mergedCacheNames('present', layers);

  const out = await open(target, 'w');
  try {
    /** Parses one source file and writes its weights, renamed, into the outer graph. */
    const take = async (file: string, prefix: string): Promise<SourceNodes> => {
      const model = onnx.ModelProto.decode(await readFile(file));
      const weights = model.graph?.initializer ?? [];
      for (const tensor of weights) {
        tensor.name = `${prefix}${tensor.name ?? ''}`;
        await out.write(onnx.ModelProto.encode({ graph: { initializer: [tensor] } }).finish());
      }
      const nodes = onnx.GraphProto.encode({ node: model.graph?.node ?? [] }).finish();
      return {
        nodes(overrides) {
          const graph = onnx.GraphProto.decode(nodes);
          renameGraph(graph, (name) => overrides.get(name) ?? `${prefix}${name}`);
          return graph.node;
        },
        opsets: model.opsetImport ?? [],
        irVersion: Number(model.irVersion ?? 0),
      };
    };
    const encoder = await take(encoderFile, 'encoder:');
    const decoder = await take(decoderFile, 'decoder:');

    const shared: [string, string][] = [
      ['encoder_hidden_states', 'encoder_hidden_states'],
      ['encoder_attention_mask', 'lektor:encoder_attention_mask'],
      ['use_cache_branch', 'lektor:use_cache_branch'],
      ['logits', 'logits'],
      ...zip(mergedPresent.self, present.self),
    ];
    const hidden = tensorInfo('encoder_hidden_states', DataType.FLOAT, ['batch', 'source', config.d_model]);
    const logits = tensorInfo('logits', DataType.FLOAT, ['batch', 1, config.vocab_size]);
    const cache = (names: readonly string[], length: string) => names.map((name) => tensorInfo(name, DataType.FLOAT, ['batch', heads, length, headDim]));

    // The encoder, then the decoder's first step from an empty past.
    const first = new GraphBuilder('lektor/first/');
    first.op('Cast', ['encoder_input_ids'], { to: { int: DataType.INT64 } }, 'lektor:encoder_input_ids');
    first.op('Cast', ['encoder_attention_mask'], { to: { int: DataType.INT64 } }, 'lektor:encoder_attention_mask');
    first.op('Cast', ['decoder_input_ids'], { to: { int: DataType.INT64 } }, 'lektor:decoder_input_ids');
    first.op('Cast', [first.int64([0])], { to: { int: DataType.BOOL } }, 'lektor:use_cache_branch');
    const emptyShape = first.op('Concat', [first.shape('encoder_input_ids', 0, 1), first.int64([heads, 0, headDim])], { axis: { int: 0 } });
    first.op('ConstantOfShape', [emptyShape], {}, 'lektor:empty_past');
    const encoderGraph: p.onnx.IGraphProto = {
      ...first.build('encoder'),
      input: ['encoder_input_ids', 'encoder_attention_mask', 'decoder_input_ids'].map((name) => tensorInfo(name, DataType.INT32, ['batch', name === 'decoder_input_ids' ? 1 : 'source'])),
      output: [logits, hidden, ...cache(present.self, 'one'), ...cache(present.cross, 'source')],
    };
    encoderGraph.node = [
      ...(encoderGraph.node ?? []),
      ...encoder.nodes(
        new Map([
          ['input_ids', 'lektor:encoder_input_ids'],
          ['attention_mask', 'lektor:encoder_attention_mask'],
          ['last_hidden_state', 'encoder_hidden_states'],
        ]),
      ),
      ...decoder.nodes(
        new Map([
          ...shared,
          ['input_ids', 'lektor:decoder_input_ids'],
          ...zip([...mergedPast.self, ...mergedPast.cross], Array(4 * layers).fill('lektor:empty_past')),
          ...zip(mergedPresent.cross, present.cross),
        ]),
      ),
    ];

    // One cached step.
    const step = new GraphBuilder('lektor/step/');
    step.op('Cast', ['input_ids'], { to: { int: DataType.INT64 } }, 'lektor:input_ids');
    step.op('Cast', ['encoder_attention_mask'], { to: { int: DataType.INT64 } }, 'lektor:encoder_attention_mask');
    step.op('Cast', [step.int64([1])], { to: { int: DataType.BOOL } }, 'lektor:use_cache_branch');
    const decoderGraph: p.onnx.IGraphProto = {
      ...step.build('decoder'),
      input: [
        tensorInfo('input_ids', DataType.INT32, ['batch', 1]),
        tensorInfo('encoder_attention_mask', DataType.INT32, ['batch', 'source']),
        hidden,
        ...cache(past.self, 'past'),
        ...cache(past.cross, 'source'),
      ],
      output: [logits, ...cache(present.self, 'past_and_one')],
    };
    decoderGraph.node = [
      ...(decoderGraph.node ?? []),
      ...decoder.nodes(new Map([...shared, ['input_ids', 'lektor:input_ids'], ...zip([...mergedPast.self, ...mergedPast.cross], [...past.self, ...past.cross])])),
    ];

    const I = GENERATION_INPUTS;
    const beamSearch: p.onnx.INodeProto = {
      name: 'lektor_beam_search',
      opType: 'BeamSearch',
      domain: 'com.microsoft',
      input: [I.ids, I.maxLength, I.minLength, I.beams, I.returnSequences, I.lengthPenalty, I.repetitionPenalty, I.vocabMask, '', I.attentionMask],
      output: [GENERATION_OUTPUTS.sequences, GENERATION_OUTPUTS.scores],
      attribute: [
        { name: 'model_type', type: AttributeType.INT, i: 1 },
        { name: 'eos_token_id', type: AttributeType.INT, i: config.eos_token_id },
        { name: 'pad_token_id', type: AttributeType.INT, i: config.pad_token_id },
        { name: 'decoder_start_token_id', type: AttributeType.INT, i: config.decoder_start_token_id },
        { name: 'vocab_size', type: AttributeType.INT, i: config.vocab_size },
        { name: 'early_stopping', type: AttributeType.INT, i: 1 },
        { name: 'encoder', type: AttributeType.GRAPH, g: encoderGraph },
        { name: 'decoder', type: AttributeType.GRAPH, g: decoderGraph },
      ],
    };
    const scalar = (name: string, type: p.onnx.TensorProto.DataType) => tensorInfo(name, type, [1]);
    await out.write(
      onnx.ModelProto.encode({
        irVersion: Math.max(encoder.irVersion, decoder.irVersion),
        opsetImport: mergeOpsets([encoder.opsets, decoder.opsets]),
        producerName: 'lektor',
        graph: {
          name: 'lektor_generation',
          node: [beamSearch],
          input: [
            tensorInfo(I.ids, DataType.INT32, ['batch', 'source']),
            scalar(I.maxLength, DataType.INT32),
            scalar(I.minLength, DataType.INT32),
            scalar(I.beams, DataType.INT32),
            scalar(I.returnSequences, DataType.INT32),
            scalar(I.lengthPenalty, DataType.FLOAT),
            scalar(I.repetitionPenalty, DataType.FLOAT),
            tensorInfo(I.vocabMask, DataType.INT32, [config.vocab_size]),
            tensorInfo(I.attentionMask, DataType.INT32, ['batch', 'source']),
          ],
          output: [
            tensorInfo(GENERATION_OUTPUTS.sequences, DataType.INT32, ['batch', 'returned', 'length']),
            tensorInfo(GENERATION_OUTPUTS.scores, DataType.FLOAT, ['batch', 'returned']),
          ],
        },
      }).finish(),
    );
  } finally {
    await out.close();
  }
}

/** Bumped whenever the written graph changes, so older derived files are rebuilt. */
const VERSION = 1;

/** The generation model's file name in its derived folder. */
const FILE = 'generation.onnx';

/**
 * The generation model of `sourceDir`'s files for `dtype`, built once per state of the model's
 * ONNX files and `config.json` under `derivedRoot` (see `derivedDir`). About the size of the two
 * ONNX files together: the weights are written once, not linked.
 */
export async function generationModelFile(sourceDir: string, dtype: Dtype, derivedRoot: string): Promise<string> {
  const dir = await derivedDir(sourceDir, dtype, derivedRoot, {
    name: 'ort-generation',
    version: VERSION,
    sources: [...onnxFiles(dtype), 'config.json'],
    async build(source, building) {
      const config = JSON.parse(await readFile(path.join(source, 'config.json'), 'utf8')) as MarianConfig;
      await writeGenerationModel(source, dtype, config, path.join(building, FILE));
    },
  });
  return path.join(dir, FILE);
}
