/**
 * The graphs of a Marian (OPUS-MT) transformer, as optimum exports them for transformers.js:
 * `encoder_model.onnx` and the merged decoder `decoder_model_merged.onnx`, whose `If` on
 * `use_cache_branch` runs either the first step (no past: computes the cross-attention keys and
 * values from the encoder states) or a cached step (self-attention past grows by the new
 * positions, cross-attention reads its past).
 *
 * The math is Hugging Face's `MarianMTModel`: embeddings scaled by sqrt(d_model) plus sinusoidal
 * positions, post-layer-norm blocks (attention or FFN, residual, LayerNorm), swish FFNs, scaled
 * dot-product attention with additive masks, and logits from the shared embedding (tied output
 * projection, stored transposed as the export does) plus `final_logits_bias`.
 */
import { GraphBuilder, encodeModel, type Dim } from './onnx-builder.js';
import type { Numerics, WeightUse } from './dynamic-quantization.js';

export interface TransformerDims {
  readonly dModel: number;
  /** Attention heads in every layer; `dModel` must divide by it. */
  readonly heads: number;
  readonly ffnDim: number;
  readonly encoderLayers: number;
  readonly decoderLayers: number;
  readonly vocabSize: number;
  /** Rows of the sinusoidal position table: the longest input or output. */
  readonly maxPositions: number;
}

/** The `length` values of the parameter with this Hugging Face name (the same name always gives the same values). */
export type ParameterSource = (name: string, length: number, kind: ParameterKind) => Float32Array;

/** What a parameter is, for a source that makes up values of the right size; `matrix` gives the input width. */
export type ParameterKind = { readonly matrix: number } | 'embedding' | 'bias' | 'norm-scale' | 'norm-shift';

/** `float32`'s lowest value: what Hugging Face adds to masked attention scores. */
const MASKED = -3.4028234663852886e38;
const LAYER_NORM_EPSILON = 1e-5;

/**
 * Marian's table: row p is sin(p / 10000^(2j/d)) in column j and cos of the same in column
 * d/2 + j, for j < d/2.
 */
export function sinusoidalPositions(rows: number, dModel: number): Float32Array {
  const half = Math.ceil(dModel / 2);
  const table = new Float32Array(rows * dModel);
  for (let p = 0; p < rows; p++) {
    for (let j = 0; j < dModel; j++) {
      const pair = j < half ? j : j - half;
      const angle = p / 10000 ** ((2 * pair) / dModel);
      table[p * dModel + j] = j < half ? Math.sin(angle) : Math.cos(angle);
    }
  }
  return table;
}

interface Linear {
  readonly weight: WeightUse;
  readonly bias: string;
}

interface LayerNorm {
  readonly scale: string;
  readonly shift: string;
}

interface Attention {
  readonly q: Linear;
  readonly k: Linear;
  readonly v: Linear;
  readonly out: Linear;
}

interface Ffn {
  readonly fc1: Linear;
  readonly fc2: Linear;
}

/** Creates the model's parameters in the root graph, in the numeric form of the file. */
class ParameterStore {
  constructor(
    readonly root: GraphBuilder,
    private readonly source: ParameterSource,
    private readonly numerics: Numerics,
    readonly dims: TransformerDims,
  ) {}

  linear(name: string, inputs: number, outputs: number): Linear {
    const weight = this.source(`${name}.weight`, inputs * outputs, { matrix: inputs });
    return {
      weight: this.numerics.matMul(this.root, weight, [inputs, outputs]),
      bias: this.root.raw('float32', this.source(`${name}.bias`, outputs, 'bias'), [outputs]),
    };
  }

  layerNorm(name: string): LayerNorm {
    const d = this.dims.dModel;
    return {
      scale: this.root.raw('float32', this.source(`${name}.weight`, d, 'norm-scale'), [d]),
      shift: this.root.raw('float32', this.source(`${name}.bias`, d, 'norm-shift'), [d]),
    };
  }

  attention(name: string): Attention {
    const d = this.dims.dModel;
    return { q: this.linear(`${name}.q_proj`, d, d), k: this.linear(`${name}.k_proj`, d, d), v: this.linear(`${name}.v_proj`, d, d), out: this.linear(`${name}.out_proj`, d, d) };
  }

  ffn(name: string, inner: number): Ffn {
    return { fc1: this.linear(`${name}.fc1`, this.dims.dModel, inner), fc2: this.linear(`${name}.fc2`, inner, this.dims.dModel) };
  }

  sharedEmbedding(): Float32Array {
    return this.source('model.shared.weight', this.dims.vocabSize * this.dims.dModel, 'embedding');
  }

  /** Token lookup, scaled by sqrt(d_model), plus positions `positions` (int64 ids). */
  embedder(table: Float32Array): (g: GraphBuilder, ids: string, positions: string) => string {
    const { vocabSize, dModel, maxPositions } = this.dims;
    const tokens = this.numerics.gather(this.root, table, [vocabSize, dModel]);
    const positionTable = this.numerics.gather(this.root, sinusoidalPositions(maxPositions, dModel), [maxPositions, dModel]);
    const scale = this.root.float([Math.sqrt(dModel)], []);
    return (g, ids, positions) => g.op('Add', [g.op('Mul', [tokens(g, ids), scale]), positionTable(g, positions)]);
  }
}

/** The operations of one (sub)graph, over the root's parameters. */
class Ops {
  constructor(
    readonly g: GraphBuilder,
    private readonly dims: TransformerDims,
  ) {}

  linear(x: string, l: Linear): string {
    return this.g.op('Add', [l.weight(this.g, x), l.bias]);
  }

  layerNorm(x: string, n: LayerNorm): string {
    return this.g.op('LayerNormalization', [x, n.scale, n.shift], { axis: { int: -1 }, epsilon: { float: LAYER_NORM_EPSILON } });
  }

  /** [B, T, d] → [B, heads, T, d/heads] */
  splitHeads(x: string): string {
    const { heads, dModel } = this.dims;
    const split = this.g.op('Reshape', [x, this.g.int64([0, 0, heads, dModel / heads])]);
    return this.g.op('Transpose', [split], { perm: { ints: [0, 2, 1, 3] } });
  }

  /** Projected, head-split queries, scaled by 1/sqrt(head width) as Marian does before the product. */
  queries(x: string, a: Attention): string {
    const scaling = this.g.float([(this.dims.dModel / this.dims.heads) ** -0.5], []);
    return this.splitHeads(this.g.op('Mul', [this.linear(x, a.q), scaling]));
  }

  keysValues(x: string, a: Attention): [key: string, value: string] {
    return [this.splitHeads(this.linear(x, a.k)), this.splitHeads(this.linear(x, a.v))];
  }

  /** softmax(q·kᵀ + mask)·v, heads merged, through the output projection. */
  attend(q: string, k: string, v: string, mask: string, a: Attention): string {
    const g = this.g;
    const scores = g.op('Add', [g.op('MatMul', [q, g.op('Transpose', [k], { perm: { ints: [0, 1, 3, 2] } })]), mask]);
    const context = g.op('MatMul', [g.op('Softmax', [scores], { axis: { int: -1 } }), v]);
    const merged = g.op('Reshape', [g.op('Transpose', [context], { perm: { ints: [0, 2, 1, 3] } }), g.int64([0, 0, this.dims.dModel])]);
    return this.linear(merged, a.out);
  }

  /** Post-layer-norm residual block. */
  residual(x: string, branch: string, n: LayerNorm): string {
    return this.layerNorm(this.g.op('Add', [x, branch]), n);
  }

  ffn(x: string, f: Ffn): string {
    const hidden = this.linear(x, f.fc1);
    const swish = this.g.op('Mul', [hidden, this.g.op('Sigmoid', [hidden])]);
    return this.linear(swish, f.fc2);
  }

  /** int64 mask [B, S] → additive [B, 1, 1, S]: 0 where attended, `MASKED` on padding. */
  paddingMask(mask: string): string {
    const g = this.g;
    const attended = g.cast(g.op('Unsqueeze', [mask, g.int64([1, 2])]), 'bool');
    return g.op('Where', [attended, g.float([0], []), g.float([MASKED], [])]);
  }

  /** `[start, end)` as int64 ids, from [1]-shaped bounds. */
  range(start: string, end: string): string {
    const g = this.g;
    const scalar = (v: string) => g.op('Squeeze', [v, g.int64([0])]);
    return g.op('Range', [scalar(start), scalar(end), g.int64([1], [])]);
  }
}

function encoderLayers(p: ParameterStore): { attention: Attention; attentionNorm: LayerNorm; ffn: Ffn; ffnNorm: LayerNorm }[] {
  return Array.from({ length: p.dims.encoderLayers }, (_, i) => {
    const name = `model.encoder.layers.${i}`;
    return {
      attention: p.attention(`${name}.self_attn`),
      attentionNorm: p.layerNorm(`${name}.self_attn_layer_norm`),
      ffn: p.ffn(name, p.dims.ffnDim),
      ffnNorm: p.layerNorm(`${name}.final_layer_norm`),
    };
  });
}

/** `input_ids`, `attention_mask` → `last_hidden_state`. */
export function encoderModel(dims: TransformerDims, source: ParameterSource, numerics: Numerics): Uint8Array {
  const root = new GraphBuilder();
  const p = new ParameterStore(root, source, numerics, dims);
  const ids = root.input('input_ids', 'int64', ['batch_size', 'encoder_sequence_length']);
  const mask = root.input('attention_mask', 'int64', ['batch_size', 'encoder_sequence_length']);
  const embed = p.embedder(p.sharedEmbedding());
  const layers = encoderLayers(p);

  const o = new Ops(root, dims);
  let h = embed(root, ids, o.range(root.int64([0]), root.shape(ids, 1, 2)));
  const padding = o.paddingMask(mask);
  for (const layer of layers) {
    const [k, v] = o.keysValues(h, layer.attention);
    h = o.residual(h, o.attend(o.queries(h, layer.attention), k, v, padding, layer.attention), layer.attentionNorm);
    h = o.residual(h, o.ffn(h, layer.ffn), layer.ffnNorm);
  }
  root.output('last_hidden_state', 'float32', ['batch_size', 'encoder_sequence_length', dims.dModel], h);
  return encodeModel(root.build('main_graph'), `Lektor bench model (${numerics.name}): Marian encoder, random weights. Not a translation model.`);
}

interface DecoderLayer {
  readonly selfAttention: Attention;
  readonly selfNorm: LayerNorm;
  readonly crossAttention: Attention;
  readonly crossNorm: LayerNorm;
  readonly ffn: Ffn;
  readonly ffnNorm: LayerNorm;
}

interface DecoderInputs {
  readonly encoderMask: string;
  readonly ids: string;
  readonly encoderStates: string;
  readonly past: readonly { readonly selfKey: string; readonly selfValue: string; readonly crossKey: string; readonly crossValue: string }[];
}

interface DecoderParts {
  readonly dims: TransformerDims;
  readonly layers: readonly DecoderLayer[];
  readonly embed: (g: GraphBuilder, ids: string, positions: string) => string;
  readonly lmHead: Linear;
}

/** Output names of the merged decoder, in optimum's order. */
function decoderOutputNames(layers: number): string[] {
  const names = ['logits'];
  for (let i = 0; i < layers; i++) {
    for (const part of ['decoder.key', 'decoder.value', 'encoder.key', 'encoder.value']) names.push(`present.${i}.${part}`);
  }
  return names;
}

/**
 * One branch of the merged decoder. With `cached`, self-attention continues the past and
 * cross-attention reads its keys and values from the past (its `present.*.encoder.*` are empty,
 * as in optimum's merge: transformers.js keeps the first step's). Without, the past is ignored.
 */
function decoderBranch(root: GraphBuilder, parts: DecoderParts, inputs: DecoderInputs, cached: boolean): ReturnType<GraphBuilder['build']> {
  const { dims } = parts;
  const g = root.subgraph(cached ? 'with_past' : 'without_past');
  const o = new Ops(g, dims);
  const headDim = dims.dModel / dims.heads;
  const firstPast = inputs.past[0];
  if (firstPast === undefined) throw new Error('decoder: needs at least one layer');
  const pastLength = cached ? g.shape(firstPast.selfKey, 2, 3) : g.int64([0]);
  const end = g.op('Add', [pastLength, g.shape(inputs.ids, 1, 2)]);
  const queryPositions = o.range(pastLength, end);
  let h = parts.embed(g, inputs.ids, queryPositions);

  // Causal: query at position i sees keys 0..i (the past included).
  const seen = g.op('LessOrEqual', [g.unsqueeze(o.range(g.int64([0]), end), 0), g.unsqueeze(queryPositions, 1)]);
  const causal = g.op('Where', [seen, g.float([0], []), g.float([MASKED], [])]);
  const padding = o.paddingMask(inputs.encoderMask);
  const empty = g.raw('float32', new Float32Array(0), [1, dims.heads, 0, headDim]);

  const outputs: string[] = [];
  parts.layers.forEach((layer, i) => {
    const past = inputs.past[i];
    if (past === undefined) throw new Error(`decoder layer ${i} has no past inputs`);
    let [k, v] = o.keysValues(h, layer.selfAttention);
    if (cached) {
      k = g.op('Concat', [past.selfKey, k], { axis: { int: 2 } });
      v = g.op('Concat', [past.selfValue, v], { axis: { int: 2 } });
    }
    h = o.residual(h, o.attend(o.queries(h, layer.selfAttention), k, v, causal, layer.selfAttention), layer.selfNorm);

    const [crossK, crossV] = cached ? [past.crossKey, past.crossValue] : o.keysValues(inputs.encoderStates, layer.crossAttention);
    h = o.residual(h, o.attend(o.queries(h, layer.crossAttention), crossK, crossV, padding, layer.crossAttention), layer.crossNorm);
    h = o.residual(h, o.ffn(h, layer.ffn), layer.ffnNorm);
    outputs.push(k, v, ...(cached ? [g.op('Identity', [empty]), g.op('Identity', [empty])] : [crossK, crossV]));
  });
  outputs.unshift(o.linear(h, parts.lmHead));

  const shapes = decoderOutputShapes(dims);
  decoderOutputNames(dims.decoderLayers).forEach((name, i) => g.declareOutput(outputs[i] as string, 'float32', shapes.get(name) ?? []));
  return g.build(`${cached ? 'with' : 'without'}_past_branch`);
}

function decoderOutputShapes(dims: TransformerDims): Map<string, Dim[]> {
  const headDim = dims.dModel / dims.heads;
  const shapes = new Map<string, Dim[]>([['logits', ['batch_size', 'decoder_sequence_length', dims.vocabSize]]]);
  for (let i = 0; i < dims.decoderLayers; i++) {
    shapes.set(`present.${i}.decoder.key`, ['batch_size', dims.heads, 'past_decoder_sequence_length + 1', headDim]);
    shapes.set(`present.${i}.decoder.value`, ['batch_size', dims.heads, 'past_decoder_sequence_length + 1', headDim]);
    shapes.set(`present.${i}.encoder.key`, ['batch_size', dims.heads, 'encoder_sequence_length_out', headDim]);
    shapes.set(`present.${i}.encoder.value`, ['batch_size', dims.heads, 'encoder_sequence_length_out', headDim]);
  }
  return shapes;
}

/** Row-major [rows, cols] → [cols, rows]. */
function transpose(values: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(values.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) out[c * rows + r] = values[r * cols + c] as number;
  }
  return out;
}

/** The merged decoder, with optimum's inputs and outputs (head count and width fixed in the shapes, as transformers.js needs). */
export function decoderModel(dims: TransformerDims, source: ParameterSource, numerics: Numerics): Uint8Array {
  const root = new GraphBuilder();
  const p = new ParameterStore(root, source, numerics, dims);
  const headDim = dims.dModel / dims.heads;
  const inputs: DecoderInputs = {
    encoderMask: root.input('encoder_attention_mask', 'int64', ['batch_size', 'encoder_sequence_length']),
    ids: root.input('input_ids', 'int64', ['batch_size', 'decoder_sequence_length']),
    encoderStates: root.input('encoder_hidden_states', 'float32', ['batch_size', 'encoder_sequence_length', dims.dModel]),
    past: Array.from({ length: dims.decoderLayers }, (_, i) => {
      const selfShape = ['batch_size', dims.heads, 'past_decoder_sequence_length', headDim];
      const crossShape = ['batch_size', dims.heads, 'encoder_sequence_length_out', headDim];
      return {
        selfKey: root.input(`past_key_values.${i}.decoder.key`, 'float32', selfShape),
        selfValue: root.input(`past_key_values.${i}.decoder.value`, 'float32', selfShape),
        crossKey: root.input(`past_key_values.${i}.encoder.key`, 'float32', crossShape),
        crossValue: root.input(`past_key_values.${i}.encoder.value`, 'float32', crossShape),
      };
    }),
  };
  const useCache = root.input('use_cache_branch', 'bool', [1]);

  const shared = p.sharedEmbedding();
  const embed = p.embedder(shared);
  const layers = Array.from({ length: dims.decoderLayers }, (_, i): DecoderLayer => {
    const name = `model.decoder.layers.${i}`;
    return {
      selfAttention: p.attention(`${name}.self_attn`),
      selfNorm: p.layerNorm(`${name}.self_attn_layer_norm`),
      crossAttention: p.attention(`${name}.encoder_attn`),
      crossNorm: p.layerNorm(`${name}.encoder_attn_layer_norm`),
      ffn: p.ffn(name, dims.ffnDim),
      ffnNorm: p.layerNorm(`${name}.final_layer_norm`),
    };
  });
  const lmHead: Linear = {
    weight: numerics.matMul(root, transpose(shared, dims.vocabSize, dims.dModel), [dims.dModel, dims.vocabSize]),
    bias: root.raw('float32', source('final_logits_bias', dims.vocabSize, 'bias'), [dims.vocabSize]),
  };
  const parts: DecoderParts = { dims, layers, embed, lmHead };

  const names = decoderOutputNames(dims.decoderLayers);
  const withPast = decoderBranch(root, parts, inputs, true);
  const withoutPast = decoderBranch(root, parts, inputs, false);
  root.node('If', [useCache], { then_branch: { graph: withPast }, else_branch: { graph: withoutPast } }, names);
  const shapes = decoderOutputShapes(dims);
  for (const name of names) root.declareOutput(name, 'float32', shapes.get(name) ?? []);
  return encodeModel(root.build('main_graph'), `Lektor bench model (${numerics.name}): Marian merged decoder, random weights. Not a translation model.`);
}
