/**
 * Building ONNX models in code, for the generated test models. Everything here is deterministic:
 * names come from a counter, tensors are stored as little-endian raw bytes and the model carries
 * no timestamps or versions, so the same calls always encode to the same bytes.
 */
import p from 'onnx-proto';

// onnx-proto is CommonJS: under ESM only the default import works at run time.
const { onnx } = p;

/** The operator set and IR version every generated model declares (onnx-proto knows IR 8). */
export const OPSET = 17;
export const IR_VERSION = 8;

export type ElementType = 'float32' | 'int64' | 'bool' | 'uint8' | 'int8';

/** Typed arrays whose bytes become a tensor's raw data as they are, without a copy. */
export type RawValues = Float32Array | Uint8Array | Int8Array;

/** A fixed size, or a symbolic name that ONNX Runtime reports back in the session metadata. */
export type Dim = number | string;

export type AttributeValue =
  | { readonly int: number }
  | { readonly ints: readonly number[] }
  | { readonly float: number }
  | { readonly graph: p.onnx.IGraphProto };

const ELEMENT_TYPES: Record<ElementType, p.onnx.TensorProto.DataType> = {
  float32: onnx.TensorProto.DataType.FLOAT,
  int64: onnx.TensorProto.DataType.INT64,
  bool: onnx.TensorProto.DataType.BOOL,
  uint8: onnx.TensorProto.DataType.UINT8,
  int8: onnx.TensorProto.DataType.INT8,
};

const RAW_TYPES: Record<ElementType & ('float32' | 'uint8' | 'int8'), new (n: number) => RawValues> = {
  float32: Float32Array,
  uint8: Uint8Array,
  int8: Int8Array,
};

export function floatTensor(name: string, dims: readonly number[], values: ArrayLike<number>): p.onnx.ITensorProto {
  const data = Float32Array.from(values);
  return tensor(name, 'float32', dims, data.length, new Uint8Array(data.buffer));
}

export function int64Tensor(name: string, dims: readonly number[], values: readonly (number | bigint)[]): p.onnx.ITensorProto {
  const data = BigInt64Array.from(values, (v) => BigInt(v));
  return tensor(name, 'int64', dims, data.length, new Uint8Array(data.buffer));
}

/** A tensor over `values`' own bytes: large weights are not copied (the caller must not change them afterwards). */
export function rawTensor(name: string, type: keyof typeof RAW_TYPES, dims: readonly number[], values: RawValues): p.onnx.ITensorProto {
  if (!(values instanceof RAW_TYPES[type])) throw new TypeError(`tensor \`${name}\`: ${type} needs a ${RAW_TYPES[type].name}`);
  return tensor(name, type, dims, values.length, new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
}

function tensor(name: string, type: ElementType, dims: readonly number[], length: number, rawData: Uint8Array): p.onnx.ITensorProto {
  const expected = dims.reduce((a, b) => a * b, 1);
  if (expected !== length) {
    throw new RangeError(`tensor \`${name}\`: dims [${dims.join(', ')}] need ${expected} values, got ${length}`);
  }
  return { name, dataType: ELEMENT_TYPES[type], dims: [...dims], rawData };
}

export function valueInfo(name: string, type: ElementType, shape: readonly Dim[]): p.onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType: ELEMENT_TYPES[type],
        shape: { dim: shape.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

function attribute(name: string, value: AttributeValue): p.onnx.IAttributeProto {
  const { AttributeType } = onnx.AttributeProto;
  if ('int' in value) return { name, type: AttributeType.INT, i: value.int };
  if ('ints' in value) return { name, type: AttributeType.INTS, ints: [...value.ints] };
  if ('graph' in value) return { name, type: AttributeType.GRAPH, g: value.graph };
  return { name, type: AttributeType.FLOAT, f: value.float };
}

/**
 * Collects the nodes, initializers, inputs and outputs of one graph. `op` returns the name of the
 * value it produces, so a graph reads as a chain of calls.
 *
 * A subgraph (the branches of `If`) gets its own builder from `subgraph(scope)`: its names start
 * with the scope, so they never clash with the outer graph's, whose values it may use directly.
 */
export class GraphBuilder {
  private readonly nodes: p.onnx.INodeProto[] = [];
  private readonly initializers: p.onnx.ITensorProto[] = [];
  private readonly inputs: p.onnx.IValueInfoProto[] = [];
  private readonly outputs: p.onnx.IValueInfoProto[] = [];
  private counter = 0;

  constructor(private readonly scope = '') {}

  /** A builder for a subgraph whose value and node names start with `scope/`. */
  subgraph(scope: string): GraphBuilder {
    return new GraphBuilder(`${this.scope}${scope}/`);
  }

  /** Declares a graph input and returns its name. */
  input(name: string, type: ElementType, shape: readonly Dim[]): string {
    this.inputs.push(valueInfo(name, type, shape));
    return name;
  }

  /** Declares `value` a graph output under `name` (through an `Identity` node). */
  output(name: string, type: ElementType, shape: readonly Dim[], value: string): void {
    this.op('Identity', [value], {}, name);
    this.outputs.push(valueInfo(name, type, shape));
  }

  /** Adds a constant tensor; `dims` default to a vector of `values.length`, `[]` makes a scalar. */
  float(values: ArrayLike<number>, dims: readonly number[] = [values.length]): string {
    const name = this.fresh('const');
    this.initializers.push(floatTensor(name, dims, values));
    return name;
  }

  int64(values: readonly (number | bigint)[], dims: readonly number[] = [values.length]): string {
    const name = this.fresh('const');
    this.initializers.push(int64Tensor(name, dims, values));
    return name;
  }

  /** Adds a constant tensor over `values`' bytes (see `rawTensor`): for large weights. */
  raw(type: Parameters<typeof rawTensor>[1], values: RawValues, dims: readonly number[]): string {
    const name = this.fresh('const');
    this.initializers.push(rawTensor(name, type, dims, values));
    return name;
  }

  /** Declares an existing value a graph output, without the copy an `Identity` node may cost. */
  declareOutput(name: string, type: ElementType, shape: readonly Dim[]): void {
    this.outputs.push(valueInfo(name, type, shape));
  }

  /** Adds one node and returns the name of its (single) output. */
  op(opType: string, inputs: readonly string[], attributes: Readonly<Record<string, AttributeValue>> = {}, output?: string): string {
    return this.node(opType, inputs, attributes, [output ?? this.fresh(opType.toLowerCase())])[0] as string;
  }

  /** Adds one node with several outputs and returns their names; `outputs` names them or counts them. */
  node(opType: string, inputs: readonly string[], attributes: Readonly<Record<string, AttributeValue>>, outputs: number | readonly string[]): string[] {
    const names = typeof outputs === 'number' ? Array.from({ length: outputs }, () => this.fresh(opType.toLowerCase())) : [...outputs];
    this.nodes.push({
      name: `${this.scope}${opType}_${this.nodes.length}`,
      opType,
      input: [...inputs],
      output: names,
      attribute: Object.entries(attributes).map(([key, value]) => attribute(key, value)),
    });
    return names;
  }

  cast(value: string, to: ElementType): string {
    return this.op('Cast', [value], { to: { int: ELEMENT_TYPES[to] } });
  }

  unsqueeze(value: string, axis: number): string {
    return this.op('Unsqueeze', [value, this.int64([axis])]);
  }

  /** Dimensions `[start, end)` of a value's shape, as an int64 vector. */
  shape(value: string, start: number, end: number): string {
    return this.op('Shape', [value], { start: { int: start }, end: { int: end } });
  }

  build(name: string): p.onnx.IGraphProto {
    return {
      name,
      node: this.nodes,
      initializer: this.initializers,
      input: this.inputs,
      output: this.outputs,
    };
  }

  private fresh(prefix: string): string {
    return `${this.scope}${prefix}_${this.counter++}`;
  }
}

/** Serialises a graph as a complete model file. */
export function encodeModel(graph: p.onnx.IGraphProto, docString: string): Uint8Array {
  const model = onnx.ModelProto.create({
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: OPSET }],
    producerName: 'lektor',
    docString,
    graph,
  });
  return onnx.ModelProto.encode(model).finish();
}
