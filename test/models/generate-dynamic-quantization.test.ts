import { describe, expect, it } from 'vitest';
import { quantizeAsymmetric, quantizePerColumn } from '../../models/generate/dynamic-quantization.js';

describe('quantizePerColumn', () => {
  it('gives each column the scale absmax / 64 and rounds halves to even, as numpy does', () => {
    // [5, 2], row-major. Column 0: absmax 0.5, step 1/128; column 1: absmax 2, step 1/32.
    const values = Float32Array.from([0.5, -2, -0.25, 1, 0.1, 0.078125, 0, -0.078125, 0.0234375, 0.046875]);
    const { scales, data } = quantizePerColumn(values, [5, 2]);
    expect([...scales]).toEqual([0.0078125, 0.03125]);
    // 0.1 is 12.8 steps; 0.078125 is 2.5 steps, -0.078125 is -2.5, 0.046875 is 1.5.
    expect([...data]).toEqual([64, -64, -32, 32, 13, 2, 0, -2, 3, 2]);
  });

  it('gives an all-zero column scale 1', () => {
    const { scales, data } = quantizePerColumn(Float32Array.from([0, 3, 0, -1.5]), [2, 2]);
    expect([...scales]).toEqual([1, 3 / 64]);
    expect([...data]).toEqual([0, 64, 0, -32]);
  });

  it('refuses values that do not fill the dims', () => {
    expect(() => quantizePerColumn(new Float32Array(5), [2, 3])).toThrow('quantizePerColumn: dims [2, 3] need 6 values, got 5');
  });
});

describe('quantizeAsymmetric', () => {
  it('spans [min(0, values), max(0, values)] in 255 steps and rounds halves to even', () => {
    const { scale, zeroPoint, data } = quantizeAsymmetric(Float32Array.from([-51, 0, 0.5, 1.5, 204]));
    expect([scale, zeroPoint]).toEqual([1, 51]);
    expect([...data]).toEqual([0, 51, 51, 53, 255]);
  });

  it('keeps zero exactly representable', () => {
    const values = Float32Array.from([-0.5, -0.1, 0, 0.2, 1.27]);
    const { scale, zeroPoint, data } = quantizeAsymmetric(values);
    expect(data[2]).toBe(zeroPoint);
    data.forEach((q, i) => expect(Math.abs((q - zeroPoint) * scale - (values[i] as number))).toBeLessThanOrEqual(scale / 2 + 1e-7));
  });
});
