import { describe, expect, it } from 'vitest';
import quiet from '../../../pipeline/app/report/quiet.js';
import { FIRST_RUN, play } from './events.js';

describe('quiet reporter', () => {
  it('prints failures only, no download either', () => {
    expect(play(quiet, false, FIRST_RUN)).toEqual({ stdout: '', stderr: 'lektor: news/b.txt: binary file (NUL byte at offset 1), expected UTF-8 text\n' });
  });
});
