/** A bench script's whole-number option, or the one-line error that names it. */
export function integerOption(name: string, value: string, min = 1): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new TypeError(`bench: --${name} must be an integer >= ${min}, got ${value}`);
  return n;
}
