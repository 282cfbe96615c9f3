import { describe, expect, it } from 'vitest';
import bar from '../../../pipeline/batch/report/bar.js';
import { play } from './events.js';

describe('bar reporter', () => {
  it('draws articles, sentences and tokens/s on a terminal, logs failures above the bar, and ends with the summary', () => {
    const { stdout, stderr } = play(bar, true);
    expect(stdout).toBe('');
    expect(stderr).toContain('lektor: news/b.txt: binary file (NUL byte at offset 1), expected UTF-8 text\n');
    expect(stderr).toMatch(/3\/3 articles \| 8 sentences \| \d+ tokens\/s \| ETA/);
    expect(stderr.endsWith('1 translated, 1 from memory, 1 failed (news/b.txt)\n')).toBe(true);
  });
});
