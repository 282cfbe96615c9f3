import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Dtype } from './model-settings.js';

/** Where a model's files are: a local directory, or a hub id and its cache folder. */
export type ModelSource =
  | { readonly kind: 'directory'; readonly id: string; readonly dir: string }
  | { readonly kind: 'hub'; readonly id: string; readonly dir: string; readonly cacheDir: string };

const HUB_ID = /^[\w.-]+\/[\w.-]+$/;

/**
 * `--model` takes either: a path that exists is a directory, an `owner/name` that does not exist
 * on disk is a hub id (cached under `cacheDir/owner/name`, the layout transformers.js uses).
 */
export function resolveModelSource(id: string, cacheDir: string, cwd: string): ModelSource {
  const asPath = path.resolve(cwd, id);
  const looksLikePath = id.startsWith('.') || id.startsWith('/') || id.startsWith('~') || !HUB_ID.test(id);
  if (existsSync(asPath) || looksLikePath) return { kind: 'directory', id, dir: asPath };
  return { kind: 'hub', id, dir: path.join(cacheDir, id), cacheDir };
}

/** The ONNX weight files a dtype needs, as transformers.js names them. */
export function onnxFiles(dtype: Dtype): string[] {
  const suffix = dtype === 'q8' ? '_quantized' : '';
  return [`onnx/encoder_model${suffix}.onnx`, `onnx/decoder_model_merged${suffix}.onnx`];
}

export const CONFIG_FILES = ['config.json', 'generation_config.json', 'tokenizer.json', 'tokenizer_config.json'] as const;

/** Files of the model that are missing on disk for this dtype (empty: ready to load offline). */
export function missingFiles(dir: string, dtype: Dtype): string[] {
  return [...CONFIG_FILES, ...onnxFiles(dtype)].filter((f) => {
    const p = path.join(dir, f);
    return !existsSync(p) || !statSync(p).isFile();
  });
}

/** Every file under `dir`, as `/`-separated paths relative to it. */
export async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesUnder(dir, path.posix.join(prefix, e.name)) : [path.posix.join(prefix, e.name)])),
  );
  return nested.flat();
}
