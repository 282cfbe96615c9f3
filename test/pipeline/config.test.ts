import { homedir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelsCacheDir, resolveConfig } from '../../pipeline/config.js';

describe('resolveConfig', () => {
  it('layers defaults < file < flags', () => {
    const c = resolveConfig([{ translate: { batchSize: 4 }, model: { dtype: 'q8' } }, { translate: { batchSize: 16 } }], {});
    expect(c.translate.batchSize).toBe(16);
    expect(c.model.dtype).toBe('q8');
    expect(c.model.id).toBe('Xenova/opus-mt-de-en');
  });

  it('takes a --select for HTML articles from a file or a flag, none by default', () => {
    expect(resolveConfig([], {}).input.select).toBeUndefined();
    expect(resolveConfig([{ input: { select: 'main' } }, { input: { select: 'article .body' } }], {}).input.select).toBe('article .body');
  });

  it('flags sentences below a confidence of 0.5 unless told another threshold', () => {
    expect(resolveConfig([], {}).qa.minConfidence).toBe(0.5);
    expect(resolveConfig([{ qa: { minConfidence: 0.3 } }], {}).qa).toEqual({ checks: 'all', severity: {}, minConfidence: 0.3 });
  });

  it('looks for up to 3 fuzzy matches at least 70 % alike unless told otherwise', () => {
    expect(resolveConfig([], {}).fuzzy).toEqual({ threshold: 70, limit: 3 });
    expect(resolveConfig([{ fuzzy: { threshold: 85 } }, { fuzzy: { limit: 0 } }], {}).fuzzy).toEqual({ threshold: 85, limit: 0 });
  });

  it('ignores undefined flags instead of erasing defaults', () => {
    expect(resolveConfig([{ output: { dir: undefined } }], {}).output.dir).toBe('translations');
  });

  it('reads LEKTOR_MODELS_DIR and LEKTOR_OFFLINE from the env it is given', () => {
    const c = resolveConfig([], { LEKTOR_MODELS_DIR: '/tmp/m', LEKTOR_OFFLINE: '1' });
    expect(c.model.cacheDir).toBe('/tmp/m');
    expect(c.model.offline).toBe(true);
  });

  it.each([
    ['a clone keeps its models in its own folder', '/src/lektor', {}, '/src/lektor/models/cache'],
    ['an installed package in the user\'s cache folder', '/usr/lib/node_modules/lektor', { XDG_CACHE_HOME: '/home/ada/.cache-x' }, '/home/ada/.cache-x/lektor/models'],
    ['an installed package in ~/.cache without (or with a relative) XDG_CACHE_HOME', '/usr/lib/node_modules/lektor', { XDG_CACHE_HOME: 'cache' }, path.join(homedir(), '.cache/lektor/models')],
    ['LEKTOR_MODELS_DIR over both', '/usr/lib/node_modules/lektor', { LEKTOR_MODELS_DIR: '/srv/models', XDG_CACHE_HOME: '/x' }, '/srv/models'],
  ])('modelsCacheDir: %s', (_, root, env, expected) => {
    expect(modelsCacheDir(root, env)).toBe(expected);
  });

  it('takes the hub from HF_ENDPOINT, a file or a flag over the default, and the token from HF_TOKEN only', () => {
    expect(resolveConfig([], {}).model).toMatchObject({ hub: 'https://huggingface.co' });
    expect(resolveConfig([], {}).model.hubToken).toBeUndefined();
    expect(resolveConfig([], { HF_ENDPOINT: 'http://127.0.0.1:8080', HF_TOKEN: 'hf_x' }).model).toMatchObject({ hub: 'http://127.0.0.1:8080', hubToken: 'hf_x' });
    expect(resolveConfig([{ model: { hub: 'https://mirror.example' } }], { HF_ENDPOINT: 'http://127.0.0.1:8080' }).model.hub).toBe('https://mirror.example');
  });

  it.each([
    [{ model: { hub: 'mirror.example' } }, '--hub (or HF_ENDPOINT) must be an http(s) URL, got "mirror.example"'],
    [{ translate: { batchSize: 0 } }, '--batch-size must be an integer >= 1, got 0'],
    [{ translate: { batchTokens: -1 } }, '--batch-tokens must be an integer >= 0, got -1'],
    [{ model: { threads: -1 } }, '--threads must be an integer >= 0, got -1'],
    [{ model: { beams: 0 } }, '--beams must be an integer >= 1, got 0'],
    [{ model: { beams: 13 } }, '--beams must be at most 12, got 13'],
    [{ model: { dtype: 'fp16' as 'fp32' } }, '--dtype must be one of fp32, q8, got "fp16"'],
    [{ output: { formats: [] } }, '--format needs at least one format'],
    [{ input: { select: 'p[' } }, '--select: "p[" is not a CSS selector'],
    [{ qa: { minConfidence: 1.5 } }, 'qa.minConfidence must be a number from 0 to 1, got 1.5'],
    [{ qa: { minConfidence: Number.NaN } }, 'qa.minConfidence must be a number from 0 to 1, got NaN'],
    [{ fuzzy: { threshold: 0 } }, 'fuzzy.threshold must be an integer >= 1, got 0'],
    [{ fuzzy: { threshold: 101 } }, 'fuzzy.threshold must be at most 100, got 101'],
    [{ fuzzy: { limit: 1.5 } }, 'fuzzy.limit must be an integer >= 0, got 1.5'],
  ])('rejects %j', (layer, message) => {
    expect(() => resolveConfig([layer], {})).toThrow(message);
  });
});
