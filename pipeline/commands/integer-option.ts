import { InvalidArgumentError } from 'commander';

/**
 * Parses a whole-number flag for commander: a typo (`--attempts three`) is a usage error naming the
 * flag, not a failure deep inside the run.
 */
export function integerAtLeast(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`must be an integer >= ${min}`);
    return n;
  };
}
