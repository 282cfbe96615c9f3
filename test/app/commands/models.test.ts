import { cp, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTranslator } from '../../../models/open-translator.js';
import { runMain } from '../../helpers/run-main.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';

describe('lektor models', () => {
  it('list shows cached models with size and complete dtypes', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'lektor-cache-'));
    await cp(await tinyModelDir(), path.join(cache, 'Acme/tiny-de-en'), { recursive: true });
    const r = await runMain(['models', 'list'], { env: { LEKTOR_MODELS_DIR: cache } });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Acme\/tiny-de-en\t\d+\.\d kB\tfp32,q8\n$/);
  });

  it('list leaves out the derived decoders that loading writes into the cache', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'lektor-cache-'));
    const model = path.join(cache, 'Acme/tiny-de-en');
    await cp(await tinyModelDir(), model, { recursive: true });
    const translator = await openTranslator({ id: model, cacheDir: cache, offline: true, dtype: 'fp32', threads: 1, cwd: cache });
    await translator.dispose();
    expect((await readdir(cache)).sort()).toEqual(['.derived', 'Acme']);
    const r = await runMain(['models', 'list'], { env: { LEKTOR_MODELS_DIR: cache } });
    expect(r.out).toMatch(/^Acme\/tiny-de-en\t\d+\.\d kB\tfp32,q8\n$/);
  });

  it('a model cache that cannot be written: one line naming the model and the folder, exit 1', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'lektor-cache-'));
    const cache = path.join(work, 'not-a-folder');
    await writeFile(cache, '');
    const model = await tinyModelDir();
    const r = await runMain(['translate', 'seeds/alibaba-liege-espionage.de.txt', '--model', model, '--out', path.join(work, 'out'), '--no-memory', '-q'], {
      env: { LEKTOR_MODELS_DIR: cache },
      cwd: process.cwd(),
    });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^lektor: model directory "${model}" could not be loaded: ENOTDIR: not a directory, mkdir '${cache}/\\.derived'\n$`));
  });

  it('list says how to get a model when the cache is empty', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'lektor-cache-'));
    const r = await runMain(['models', 'list'], { env: { LEKTOR_MODELS_DIR: cache } });
    expect(r.code).toBe(0);
    expect(r.out).toBe(`no models in ${cache}; run \`lektor models pull\`\n`);
  });

  it('pull refuses when offline is forced', async () => {
    const r = await runMain(['models', 'pull'], { env: { LEKTOR_OFFLINE: '1' } });
    expect(r.code).toBe(1);
    expect(r.err).toBe('lektor: models pull needs the network, but LEKTOR_OFFLINE is set\n');
  });

  it('pull without network fails in one line naming the model', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'lektor-cache-'));
    const r = await runMain(['models', 'pull', 'Xenova/opus-mt-de-en'], { env: { LEKTOR_MODELS_DIR: cache } });
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'lektor: model "Xenova/opus-mt-de-en" could not be downloaded: config.json: cannot reach https://huggingface.co (network access attempted in a test: https://huggingface.co/Xenova/opus-mt-de-en/resolve/main/config.json); check the network, or set HF_ENDPOINT to a mirror\n',
    );
  });
});
