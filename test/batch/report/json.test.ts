import { describe, expect, it } from 'vitest';
import json from '../../../pipeline/batch/report/json.js';
import { RUN, play } from './events.js';

describe('json reporter', () => {
  it('prints every event as one JSON line on stdout', () => {
    const { stdout, stderr } = play(json);
    expect(stderr).toBe('');
    expect(stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual(RUN);
    expect(stdout.endsWith('\n')).toBe(true);
  });
});
