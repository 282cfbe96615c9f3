import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../pipeline/cli.js';
import { tinyModelDir } from '../helpers/tiny-model.js';

function io(env: Record<string, string>): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin: process.stdin,
    env,
    cwd: process.cwd(),
    out: () => out,
    err: () => err,
  };
}

describe('lektor models', () => {
  it('list shows cached models with size and complete dtypes', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'lektor-cache-'));
    await cp(await tinyModelDir(), path.join(cache, 'Acme/tiny-de-en'), { recursive: true });
    const cli = io({ LEKTOR_MODELS_DIR: cache });
    expect(await main(['models', 'list'], cli)).toBe(0);
    expect(cli.out()).toMatch(/^Acme\/tiny-de-en\t\d+\.\d MB\tfp32,q8\n$/);
  });

  it('list says how to get a model when the cache is empty', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'lektor-cache-'));
    const cli = io({ LEKTOR_MODELS_DIR: cache });
    expect(await main(['models', 'list'], cli)).toBe(0);
    expect(cli.out()).toBe(`no models in ${cache}; run \`lektor models pull\`\n`);
  });

  it('pull refuses when offline is forced', async () => {
    const cli = io({ LEKTOR_OFFLINE: '1' });
    expect(await main(['models', 'pull'], cli)).toBe(1);
    expect(cli.err()).toBe('lektor: models pull needs the network, but LEKTOR_OFFLINE is set\n');
  });

  it('pull without network fails in one line naming the model', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'lektor-cache-'));
    const cli = io({ LEKTOR_MODELS_DIR: cache });
    expect(await main(['models', 'pull', 'Xenova/opus-mt-de-en'], cli)).toBe(1);
    expect(cli.err()).toMatch(/^lektor: model "Xenova\/opus-mt-de-en" is not in .* and could not be downloaded \(.*\); run `lektor models pull Xenova\/opus-mt-de-en` where the network is reachable, or pass --model DIR\n$/);
  });
});
