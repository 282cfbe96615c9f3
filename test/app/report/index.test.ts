import { describe, expect, it } from 'vitest';
import { REPORTERS, chooseReporter } from '../../../pipeline/app/report/index.js';

describe('chooseReporter', () => {
  it.each([
    [{ json: true, quiet: true }, true, 'json'],
    [{ json: true }, false, 'json'],
    [{ quiet: true }, true, 'quiet'],
    [{}, true, 'bar'],
    [{}, false, 'lines'],
  ] as const)('%j on a %s terminal → %s', (flags, isTTY, name) => {
    expect(chooseReporter(flags, { write: () => true, isTTY })).toBe(name);
  });

  it('names every reporter', () => {
    expect(Object.keys(REPORTERS).sort()).toEqual(['bar', 'json', 'lines', 'quiet']);
  });
});
