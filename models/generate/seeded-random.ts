/**
 * Seeded pseudo-random numbers for generated weights. Hand-written rather than a library's:
 * the bench model draws ~75 million numbers, and a per-number call through a generic PRNG API
 * (objects, bigint state) would dominate its generation time.
 */

/** FNV-1a over `text`: turns a tensor's name into its own stream, so tensors do not depend on generation order. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * `length` numbers uniform in [-scale, scale), from the stream of (`seed`, `name`): the same
 * arguments give the same values on every machine (integer arithmetic only, then one rounding).
 */
export function uniformTensor(seed: number, name: string, length: number, scale: number): Float32Array {
  const values = new Float32Array(length);
  // splitmix32: a counter through a 32-bit mixing function.
  let state = (hash(name) ^ Math.imul(seed >>> 0, 0x9e3779b9)) >>> 0;
  const step = (2 * scale) / 2 ** 32;
  for (let i = 0; i < length; i++) {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z ^= z >>> 16;
    values[i] = (z >>> 0) * step - scale;
  }
  return values;
}
