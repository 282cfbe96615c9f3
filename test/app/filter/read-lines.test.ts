import { describe, expect, it } from 'vitest';
import { readLines } from '../../../pipeline/app/filter/read-lines.js';

async function all(chunks: (string | Uint8Array)[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of readLines(chunks, 'stdin')) lines.push(line);
  return lines;
}

describe('readLines', () => {
  it('splits on LF and CRLF, keeps blank lines, and hands on a last line without a newline', async () => {
    expect(await all(['eins\r\nzwei\n\ndrei'])).toEqual(['eins', 'zwei', '', 'drei']);
  });

  it('joins a line and a character cut across chunks, and drops a byte-order mark', async () => {
    const bytes = Buffer.from('\uFEFFÜber\nGrüße\n');
    expect(await all([bytes.subarray(0, 4), bytes.subarray(4, 11), bytes.subarray(11)])).toEqual(['Über', 'Grüße']);
  });

  it('names the line of a byte that is not UTF-8', async () => {
    await expect(all([Buffer.from('a\nb\n'), Buffer.from([0xc3, 0x28])])).rejects.toThrow('stdin:3: invalid UTF-8, expected UTF-8 text');
  });
});
