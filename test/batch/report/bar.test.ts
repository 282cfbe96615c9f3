import { describe, expect, it } from 'vitest';
import bar from '../../../pipeline/batch/report/bar.js';
import { RUN, sink } from './events.js';

describe('bar reporter', () => {
  it('draws articles, sentences and tokens/s on a terminal, logs failures above the bar, and ends with the summary', () => {
    const stdout = sink(true);
    const stderr = sink(true);
    const report = bar({ stdout, stderr });
    for (const event of RUN.slice(0, -1)) report(event);
    // cli-progress redraws on a timer; the last state is drawn when it stops.
    report(RUN.at(-1)!);
    expect(stdout.text).toBe('');
    expect(stderr.text).toContain('lektor: news/b.txt: binary file (NUL byte at offset 1), expected UTF-8 text\n');
    expect(stderr.text).toMatch(/3\/3 articles \| 8 sentences \| \d+ tokens\/s \| ETA/);
    expect(stderr.text.endsWith('1 translated, 1 from memory, 1 failed (news/b.txt)\n')).toBe(true);
  });
});
