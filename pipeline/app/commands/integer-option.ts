import { InvalidArgumentError } from 'commander';
import { UsageError } from '../../core/errors.js';

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

/**
 * Parses a bounded whole-number flag (digits only: `1e3` and `80a` are refused) into a usage error
 * that names the flag, the range and what was given.
 */
export function wholeNumber(name: string, min: number, max = Number.MAX_SAFE_INTEGER, noun = 'a whole number'): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`${name} must be ${noun} from ${min} to ${max}, got "${value}"`);
    return n;
  };
}
