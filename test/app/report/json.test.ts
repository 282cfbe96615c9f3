import { describe, expect, it } from 'vitest';
import json from '../../../pipeline/app/report/json.js';
import { FIRST_RUN, play } from './events.js';

describe('json reporter', () => {
  it('prints every event, a download\'s too, as one JSON line on stdout', () => {
    const { stdout, stderr } = play(json, false, FIRST_RUN);
    expect(stderr).toBe('');
    expect(stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual(FIRST_RUN);
    expect(stdout.endsWith('\n')).toBe(true);
  });
});
