/** What the process held at its highest sampled RSS, split by who holds it (MB). */
export interface MemoryAtPeak {
  readonly rssMb: number;
  /** V8's heap (`heapTotal`): JavaScript objects. */
  readonly heapMb: number;
  /** `ArrayBuffer` backing stores: tensors copied out of ONNX Runtime live here until the garbage collector frees them. */
  readonly arrayBuffersMb: number;
  /** The rest: code, ONNX Runtime's weights and the tensors of a call in progress, malloc's free but unreturned memory, SQLite. */
  readonly nativeMb: number;
}

const MB = 2 ** 20;

/** A highest sample and who held it, as reports print it: "870: heap 124, buffers 199, native 547". */
export function heldBy(m: MemoryAtPeak): string {
  const mb = (n: number) => n.toFixed(0);
  return `${mb(m.rssMb)}: heap ${mb(m.heapMb)}, buffers ${mb(m.arrayBuffersMb)}, native ${mb(m.nativeMb)}`;
}

/**
 * Samples `process.memoryUsage()` every `everyMs` until stopped and keeps the sample with the
 * highest RSS, so that a case's peak says what made it: the kernel's peak RSS (`ownPeakRssMb`) says
 * only how high it went. Samples are taken between event-loop turns (a model call runs
 * synchronously), so the kernel's peak may be above the highest sample.
 */
export function sampleMemory(everyMs = 50): () => MemoryAtPeak {
  let highest = process.memoryUsage();
  const sample = () => {
    const now = process.memoryUsage();
    if (now.rss > highest.rss) highest = now;
  };
  const timer = setInterval(sample, everyMs);
  return () => {
    clearInterval(timer);
    sample();
    const { rss, heapTotal, arrayBuffers } = highest;
    return { rssMb: rss / MB, heapMb: heapTotal / MB, arrayBuffersMb: arrayBuffers / MB, nativeMb: (rss - heapTotal - arrayBuffers) / MB };
  };
}
