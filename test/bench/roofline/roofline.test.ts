import { describe, expect, it } from 'vitest';
import { operationsPerToken } from './operations-per-token.js';
import { caseLoad, type Roofline } from './roofline.js';

const OPUS_MT_DE_EN = operationsPerToken({ d_model: 512, encoder_layers: 6, decoder_layers: 6, encoder_ffn_dim: 2048, decoder_ffn_dim: 2048, vocab_size: 58101 });

/** Issue 29's machine: fp32 MatMul near 180 GFLOP/s, int8 MatMulInteger near 700 GOP/s. */
const ISSUE_MACHINE: Roofline = { ops: OPUS_MT_DE_EN, measurements: [], peaks: { fp32: 180e9, int8: 700e9 } };

describe('caseLoad', () => {
  // The issue's own figures: greedy fp32 at 629 tokens/s about 49% of the fp32 peak, beam 4 fp32 at
  // 173 tokens/s about 44%, greedy q8 at 1213 tokens/s about 24% of the int8 peak.
  it.each([
    ['fp32', 1, 629, 49],
    ['fp32', 4, 173, 44],
    ['q8', 1, 1213, 24],
  ] as const)('%s with %i beams at %i tokens/s is about %i%% of its peak', (dtype, beams, tokensPerSecond, percent) => {
    expect(Math.abs(caseLoad(ISSUE_MACHINE, tokensPerSecond, dtype, beams).percent - percent)).toBeLessThan(1);
  });

  it('counts the source share once per target token, whatever the beams', () => {
    const greedy = caseLoad(ISSUE_MACHINE, 1, 'fp32', 1).operations;
    expect(greedy).toBeCloseTo(OPUS_MT_DE_EN.decoder + OPUS_MT_DE_EN.projection + OPUS_MT_DE_EN.source / 1.2, 0);
  });
});
