import { describe, expect, it } from 'vitest';
import { operationsPerTargetToken, operationsPerToken, type MarianDims } from './operations-per-token.js';

/** opus-mt-de-en's `config.json` fields, as the bench model writes them. */
const OPUS_MT_DE_EN: MarianDims = {
  d_model: 512,
  encoder_layers: 6,
  decoder_layers: 6,
  encoder_ffn_dim: 2048,
  decoder_ffn_dim: 2048,
  vocab_size: 58101,
};

describe('operationsPerToken', () => {
  // Issue 29's hand count: 52M multiply-adds per target token, 30M of them the 512 x 58101
  // projection (about 104 MFLOP), and about 44 MFLOP per source token. Counted: products with the
  // weight matrices only; attention over the cache (and over the source) is excluded, as it grows
  // with the lengths; the cross-attention keys and values count per source token.
  it("reproduces the hand count for opus-mt-de-en's sizes", () => {
    const ops = operationsPerToken(OPUS_MT_DE_EN);
    expect(ops.projection / 2).toBe(512 * 58101);
    expect((ops.decoder + ops.projection) / 2 / 1e6).toBeCloseTo(52, 0);
    expect((ops.decoder + ops.projection) / 1e6).toBeCloseTo(104, 0);
    expect(ops.source / 1e6).toBeCloseTo(44, 0);
    // Exactly: 6 decoder layers of 6 d^2 + 2 d ffn; 6 encoder layers of 4 d^2 + 2 d ffn plus 2 d^2 of cross keys and values.
    expect(ops.decoder).toBe(2 * 6 * (6 * 512 * 512 + 2 * 512 * 2048));
    expect(ops.source).toBe(2 * 6 * (4 * 512 * 512 + 2 * 512 * 2048 + 2 * 512 * 512));
  });
});

describe('operationsPerTargetToken', () => {
  const ops = operationsPerToken(OPUS_MT_DE_EN);

  it('adds the encoder share per target token to one row of decoder and projection', () => {
    expect(operationsPerTargetToken(ops, 1, 1 / 1.2) / 1e6).toBeCloseTo(103.5 + 44.0 / 1.2, 0);
  });

  it('counts beams decoder rows per output token and the encoder once', () => {
    const greedy = operationsPerTargetToken(ops, 1, 0.5);
    const beam4 = operationsPerTargetToken(ops, 4, 0.5);
    expect(beam4 - greedy).toBe(3 * (ops.decoder + ops.projection));
  });
});
