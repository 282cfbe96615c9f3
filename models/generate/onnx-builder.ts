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

export type ElementType = 'float32' | 'int64' | 'bool';

/** A fixed size, or a symbolic name that ONNX Runtime reports back in the session metadata. */
export type Dim = number | string;

export type AttributeValue =
  | { readonly int: number }
  | { readonly ints: readonly number[] }
  | { readonly float: number };

const ELEMENT_TYPES: Record<ElementType, p.onnx.TensorProto.DataType> = {
  float32: onnx.TensorProto.DataType.FLOAT,
  int64: onnx.TensorProto.DataType.INT64,
  bool: onnx.TensorProto.DataType.BOOL,
};

export function floatTensor(name: string, dims: readonly number[], values: ArrayLike<number>): p.onnx.ITensorProto {
  const data = Float32Array.from(values);
  return tensor(name, 'float32', dims, data.length, new Uint8Array(data.buffer));
}

export function int64Tensor(name: string, dims: readonly number[], values: readonly (number | bigint)[]): p.onnx.ITensorProto {
  const data = BigInt64Array.from(values, (v) => BigInt(v));
  return tensor(name, 'int64', dims, data.length, new Uint8Array(data.buffer));
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
  return { name, type: AttributeType.FLOAT, f: value.float };
}

/**
 * Collects the nodes, initializers, inputs and outputs of one graph. `op` returns the name of the
 * value it produces, so a graph reads as a chain of calls.
 */
export class GraphBuilder {
  private readonly nodes: p.onnx.INodeProto[] = [];
  private readonly initializers: p.onnx.ITensorProto[] = [];
  private readonly inputs: p.onnx.IValueInfoProto[] = [];
  private readonly outputs: p.onnx.IValueInfoProto[] = [];
  private counter = 0;

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

  /** Adds one node and returns the name of its (single) output. */
  op(opType: string, inputs: readonly string[], attributes: Readonly<Record<string, AttributeValue>> = {}, output?: string): string {
    const out = output ?? this.fresh(opType.toLowerCase());
    this.nodes.push({
      name: `${opType}_${this.nodes.length}`,
      opType,
      input: [...inputs],
      output: [out],
      attribute: Object.entries(attributes).map(([key, value]) => attribute(key, value)),
    });
    return out;
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
    return `${prefix}_${this.counter++}`;
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
