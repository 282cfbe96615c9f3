import { describe, expect, it } from 'vitest';
import lines from '../../../pipeline/batch/report/lines.js';
import { play } from './events.js';

describe('lines reporter', () => {
  it('prints a line per article and the summary on stderr, nothing on stdout', () => {
    const { stdout, stderr } = play(lines);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'news/a.txt: 5 sentences, 2 from memory → /out/a.en.txt',
        'lektor: news/b.txt: binary file (NUL byte at offset 1), expected UTF-8 text',
        'news/c.txt: 3 sentences, 3 from memory → /out/c.en.txt',
        '1 translated, 1 from memory, 1 failed (news/b.txt)',
        '',
      ].join('\n'),
    );
  });
});
