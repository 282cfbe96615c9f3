import { describe, expect, it } from 'vitest';
import bar from '../../../pipeline/app/report/bar.js';
import { DOWNLOAD, FIRST_RUN, play } from './events.js';

describe('bar reporter', () => {
  it('draws articles, sentences and tokens/s on a terminal, logs failures above the bar, and ends with the summary', () => {
    const { stdout, stderr } = play(bar, true);
    expect(stdout).toBe('');
    expect(stderr).toContain('lektor: news/b.txt: binary file (NUL byte at offset 1), expected UTF-8 text\n');
    expect(stderr).toMatch(/3\/3 articles \| 8 sentences \| \d+ tokens\/s \| ETA/);
    expect(stderr.endsWith('1 translated, 1 from memory, 1 failed (news/b.txt)\n')).toBe(true);
  });

  it('draws the arriving file and all files with bytes, rate and ETA, and leaves a line per finished file', () => {
    const { stdout, stderr } = play(bar, true, DOWNLOAD);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/onnx\/encoder_model\.onnx .* 2\.0 MB\/3\.0 MB \| [\d.]+ [kMG]?B\/s \| ETA/);
    expect(stderr).toMatch(/all files .* [\d.]+ [kM]B\/3\.0 MB \| [\d.]+ [kMG]?B\/s \| ETA/);
    expect(stderr).toContain('Acme/tiny config.json: 1.0 kB in 0.0 s (100.0 kB/s), git hash verified\n');
    expect(stderr).toContain('Acme/tiny onnx/encoder_model.onnx: 3.0 MB in 1.0 s (2.0 MB/s, resumed at 1.0 MB), SHA-256 verified\n');
  });

  it('a first run draws the download in the run\'s place and then the run\'s bar to the end', () => {
    const { stderr } = play(bar, true, FIRST_RUN);
    expect(stderr.indexOf('SHA-256 verified')).toBeLessThan(stderr.lastIndexOf('3/3 articles'));
    expect(stderr.endsWith('1 translated, 1 from memory, 1 failed (news/b.txt)\n')).toBe(true);
  });
});
