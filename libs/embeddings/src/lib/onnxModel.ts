import { endianness } from 'node:os';
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

/** A tensor element type this package writes. Values are ONNX `TensorProto.DataType` numbers. */
export const ONNX_FLOAT = onnx.TensorProto.DataType.FLOAT;
export const ONNX_INT64 = onnx.TensorProto.DataType.INT64;

/** One graph node; attributes are integers or integer lists, the only kinds the graphs here need. */
export interface OnnxNode {
  op: string;
  inputs: string[];
  outputs: string[];
  attributes?: Record<string, number | number[]>;
}

/** A graph input or output: name, element type and shape, where a string is a symbolic dimension ("batch"). */
export interface OnnxValue {
  name: string;
  type: number;
  shape: (number | string)[];
}

/** A constant tensor stored in the graph (weights, axes, epsilons). */
export interface OnnxInitializer {
  name: string;
  dims: number[];
  data: Float32Array | BigInt64Array;
}

export interface OnnxModelSpec {
  name: string;
  nodes: OnnxNode[];
  inputs: OnnxValue[];
  outputs: OnnxValue[];
  initializers: OnnxInitializer[];
  /** Default-domain opset; 13 is old enough for every onnxruntime since 1.7 and has axes-as-input reductions. */
  opset?: number;
  docString?: string;
  metadata?: Record<string, string>;
}

/**
 * Serialises a small ONNX model (IR version 7, one graph, default domain) with `onnx-proto`'s generated protobuf
 * classes. Initializers are written as little-endian `raw_data`, the compact form onnxruntime reads directly. Used
 * for the static word-embedding model and by tests that need a tiny graph of a real model's signature.
 */
export function encodeOnnxModel(spec: OnnxModelSpec): Uint8Array {
  const model = onnx.ModelProto.create({
    irVersion: 7,
    producerName: '@media-gateway/embeddings',
    opsetImport: [{ domain: '', version: spec.opset ?? 13 }],
    docString: spec.docString ?? '',
    metadataProps: Object.entries(spec.metadata ?? {}).map(([key, value]) => ({ key, value })),
    graph: {
      name: spec.name,
      node: spec.nodes.map((node, index) => ({
        name: `${node.op.toLowerCase()}_${index}`,
        opType: node.op,
        input: node.inputs,
        output: node.outputs,
        attribute: Object.entries(node.attributes ?? {}).map(([name, value]) =>
          Array.isArray(value) ? { name, type: onnx.AttributeProto.AttributeType.INTS, ints: value } : { name, type: onnx.AttributeProto.AttributeType.INT, i: value },
        ),
      })),
      input: spec.inputs.map(valueInfo),
      output: spec.outputs.map(valueInfo),
      initializer: spec.initializers.map((tensor) => ({
        name: tensor.name,
        dims: tensor.dims,
        dataType: tensor.data instanceof Float32Array ? ONNX_FLOAT : ONNX_INT64,
        rawData: littleEndianBytes(tensor.data),
      })),
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

function valueInfo(value: OnnxValue): onnxProto.onnx.IValueInfoProto {
  return {
    name: value.name,
    type: {
      tensorType: {
        elemType: value.type,
        shape: { dim: value.shape.map((dim) => (typeof dim === 'string' ? { dimParam: dim } : { dimValue: dim })) },
      },
    },
  };
}

function littleEndianBytes(data: Float32Array | BigInt64Array): Uint8Array {
  if (endianness() === 'LE') return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const bytes = new Uint8Array(data.byteLength);
  const view = new DataView(bytes.buffer);
  if (data instanceof Float32Array) data.forEach((value, i) => view.setFloat32(i * 4, value, true));
  else data.forEach((value, i) => view.setBigInt64(i * 8, value, true));
  return bytes;
}
