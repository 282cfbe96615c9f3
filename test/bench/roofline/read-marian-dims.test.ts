import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tinyModelDir } from '../../helpers/tiny-model.js';
import { readMarianDims } from './read-marian-dims.js';

describe('readMarianDims', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it("reads the sizes from a generated model's config.json", async () => {
    const dir = await tinyModelDir();
    const config = JSON.parse(await readFile(path.join(dir, 'config.json'), 'utf8')) as Record<string, number>;
    expect(await readMarianDims(dir)).toEqual({
      d_model: config.d_model,
      encoder_layers: config.encoder_layers,
      decoder_layers: config.decoder_layers,
      encoder_ffn_dim: config.encoder_ffn_dim,
      decoder_ffn_dim: config.decoder_ffn_dim,
      vocab_size: config.vocab_size,
    });
  });

  it('names the file and the field when a size is missing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-dims-'));
    dirs.push(dir);
    await writeFile(path.join(dir, 'config.json'), JSON.stringify({ d_model: 512, encoder_layers: 6 }));
    await expect(readMarianDims(dir)).rejects.toThrow(`${path.join(dir, 'config.json')}: \`decoder_layers\` must be a positive integer, got undefined`);
  });
});
