import { describe, expect, it } from 'vitest';
import quiet from '../../../pipeline/batch/report/quiet.js';
import { RUN, sink } from './events.js';

describe('quiet reporter', () => {
  it('prints failures only', () => {
    const stdout = sink();
    const stderr = sink();
    const report = quiet({ stdout, stderr });
    for (const event of RUN) report(event);
    expect(stdout.text).toBe('');
    expect(stderr.text).toBe('lektor: news/b.txt: binary file (NUL byte at offset 1), expected UTF-8 text\n');
  });
});
