import { describe, expect, it } from 'vitest';
import lines from '../../../pipeline/app/report/lines.js';
import { DOWNLOAD, FIRST_RUN, play } from './events.js';

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

  it('prints where a model comes from, a line per verified file and the total; progress prints nothing', () => {
    expect(play(lines, false, DOWNLOAD).stderr).toBe(
      [
        'downloading Acme/tiny from http://127.0.0.1:9: 2 files, 3.0 MB, 1.0 MB of it already here',
        'Acme/tiny config.json: 1.0 kB in 0.0 s (100.0 kB/s), git hash verified',
        'Acme/tiny onnx/encoder_model.onnx: 3.0 MB in 1.0 s (2.0 MB/s, resumed at 1.0 MB), SHA-256 verified',
        'downloaded Acme/tiny: 2 files, 3.0 MB in 1.0 s',
        '',
      ].join('\n'),
    );
  });

  it('a first run prints the download before the articles', () => {
    expect(play(lines, false, FIRST_RUN).stderr).toMatch(/^downloading Acme\/tiny .*\n(.*verified\n){2}downloaded .*\nnews\/a\.txt: 5 sentences/);
  });
});
