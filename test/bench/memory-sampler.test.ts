import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { sampleMemory } from './memory-sampler.js';

describe('sampleMemory', () => {
  it('keeps the sample of the highest RSS and says that array buffers held it', async () => {
    const stop = sampleMemory(10);
    let held: Uint8Array | undefined = new Uint8Array(256 * 2 ** 20).fill(1);
    await sleep(100);
    held = undefined;
    const atPeak = stop();
    expect(held).toBeUndefined();
    expect(atPeak.arrayBuffersMb).toBeGreaterThanOrEqual(256);
    expect(atPeak.rssMb).toBeGreaterThanOrEqual(atPeak.arrayBuffersMb);
    expect(atPeak.heapMb + atPeak.arrayBuffersMb + atPeak.nativeMb).toBeCloseTo(atPeak.rssMb, 6);
  });
});
