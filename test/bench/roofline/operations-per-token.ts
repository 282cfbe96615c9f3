/**
 * The arithmetic a Marian model does per token, from its `config.json`: what the bench's "% of
 * peak" divides by the machine's matmul peak.
 *
 * Counted: the multiply-adds of the products with the model's weight matrices, two operations
 * each. Left out: attention's own products (query × keys, weights × values), which grow with the
 * cache's and the source's length (with 30 tokens in the cache and 25 in the source, under 1% of a
 * target token's count), and the embeddings,
 * biases, layer norms and softmaxes, which are not matrix products.
 *
 * - A source token: the encoder's layers (self-attention's four d × d projections, the FFN's
 *   d × ffn and ffn × d) and the decoder's cross-attention keys and values of the encoder output
 *   (two d × d per decoder layer), which the first step computes once per source token.
 * - A target token, per decoder row, with the cache: each decoder layer's self-attention (four
 *   d × d), cross-attention query and output (two d × d; its keys and values are the source's) and
 *   FFN; and the output projection d × vocabulary. Beam search runs `beams` rows per output token.
 */

/** The fields of a Marian `config.json` the count needs. */
export interface MarianDims {
  readonly d_model: number;
  readonly encoder_layers: number;
  readonly decoder_layers: number;
  readonly encoder_ffn_dim: number;
  readonly decoder_ffn_dim: number;
  readonly vocab_size: number;
}

export interface OperationsPerToken {
  /** Per source token: encoder, and the cross-attention keys and values of its output. */
  readonly source: number;
  /** Per target token and decoder row: the cached decoder step without the output projection. */
  readonly decoder: number;
  /** Per target token and decoder row: the output projection. */
  readonly projection: number;
}

export function operationsPerToken(dims: MarianDims): OperationsPerToken {
  const d = dims.d_model;
  const square = d * d;
  const encoderLayer = 4 * square + 2 * d * dims.encoder_ffn_dim;
  const crossKeysValues = 2 * square;
  const decoderLayer = 4 * square + 2 * square + 2 * d * dims.decoder_ffn_dim;
  return {
    source: 2 * (dims.encoder_layers * encoderLayer + dims.decoder_layers * crossKeysValues),
    decoder: 2 * dims.decoder_layers * decoderLayer,
    projection: 2 * d * dims.vocab_size,
  };
}

/**
 * Operations per output token of a case: its decoder rows' steps (`beams` rows a token) and its
 * share of the encoder (`sourcePerTarget` source tokens a target token; the encoder runs once a
 * sentence, however many beams).
 */
export function operationsPerTargetToken(ops: OperationsPerToken, beams: number, sourcePerTarget: number): number {
  return beams * (ops.decoder + ops.projection) + sourcePerTarget * ops.source;
}
