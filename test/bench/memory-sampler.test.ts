import { setTimeout as sleep } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { sampleMemory } from './memory-sampler.js';

const HELD_MB = 256;

const arrayBuffersMb = () => process.memoryUsage().arrayBuffers / 2 ** 20;

/**
 * Collects until `ArrayBuffer`s hold under `mb` MB (at most half a second): V8 frees their memory
 * on a thread of its own after a collection. `gc` is not exposed in a test process; the flag takes
 * effect in a new context.
 */
async function collectBelow(mb: number): Promise<void> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  for (let tries = 0; tries < 50 && arrayBuffersMb() >= mb; tries++) {
    gc();
    await sleep(10);
  }
}

/** Holds a buffer of `mb` MB, touched, for `ms`; it is garbage once this returns. */
async function holdBuffer(mb: number, ms: number): Promise<void> {
  const held = new Uint8Array(mb * 2 ** 20).fill(1);
  await sleep(ms);
  held.fill(0);
}

describe('sampleMemory', () => {
  it('keeps the sample of the highest RSS and says that array buffers held it', async () => {
    const stop = sampleMemory(10);
    await holdBuffer(HELD_MB, 100);
    await collectBelow(HELD_MB);
    // Freed before the last sample: only a sample taken while it was held can show it.
    expect(arrayBuffersMb()).toBeLessThan(HELD_MB);
    const atPeak = stop();
    expect(atPeak.arrayBuffersMb).toBeGreaterThanOrEqual(HELD_MB);
    expect(atPeak.rssMb).toBeGreaterThanOrEqual(atPeak.arrayBuffersMb);
    expect(atPeak.heapMb + atPeak.arrayBuffersMb + atPeak.nativeMb).toBeCloseTo(atPeak.rssMb, 6);
  });
});
