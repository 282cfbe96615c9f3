import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MarianDims } from './operations-per-token.js';

const FIELDS = ['d_model', 'encoder_layers', 'decoder_layers', 'encoder_ffn_dim', 'decoder_ffn_dim', 'vocab_size'] as const satisfies readonly (keyof MarianDims)[];

/** The sizes the operation count needs, from a model directory's `config.json`. */
export async function readMarianDims(modelDir: string): Promise<MarianDims> {
  const file = path.join(modelDir, 'config.json');
  const config = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  const dims: Partial<Record<keyof MarianDims, number>> = {};
  for (const field of FIELDS) {
    const value = config[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new TypeError(`${file}: \`${field}\` must be a positive integer, got ${JSON.stringify(value)}`);
    dims[field] = value;
  }
  return dims as MarianDims;
}
