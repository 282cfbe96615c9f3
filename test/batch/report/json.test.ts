import { describe, expect, it } from 'vitest';
import json from '../../../pipeline/batch/report/json.js';
import { RUN, sink } from './events.js';

describe('json reporter', () => {
  it('prints every event as one JSON line on stdout', () => {
    const stdout = sink();
    const stderr = sink();
    const report = json({ stdout, stderr });
    for (const event of RUN) report(event);
    expect(stderr.text).toBe('');
    const lines = stdout.text.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(RUN);
    expect(stdout.text.endsWith('\n')).toBe(true);
  });
});
