import { compile } from 'css-select';
import { firstLine, UsageError } from '../core/errors.js';

/** Throws a `UsageError` when `selector` is no CSS selector, before any page is read. */
export function checkSelector(selector: string): void {
  try {
    compile(selector);
  } catch (cause) {
    throw new UsageError(`--select: "${selector}" is not a CSS selector (${firstLine(cause)})`);
  }
}
