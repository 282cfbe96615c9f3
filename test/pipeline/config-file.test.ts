import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../pipeline/config-file.js';

async function configFile(text: string): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lektor-config-'));
  await writeFile(path.join(dir, 'lektor.yaml'), text);
  return { dir, file: 'lektor.yaml' };
}

describe('loadConfigFile', () => {
  it('reads sections into a layer, paths relative to the file', async () => {
    const { dir, file } = await configFile(
      'translate:\n  batchSize: 16\noutput:\n  dir: out\n  formats: [html, tmx]\nglossary:\n  path: terms.yaml\n  strategy: verify\nqa:\n  checks: [numbers, terms]\n  severity:\n    length: info\n  minConfidence: 0.4\n',
    );
    expect(await loadConfigFile(file, dir)).toEqual({
      translate: { batchSize: 16 },
      output: { dir: path.join(dir, 'out'), formats: ['html', 'tmx'] },
      glossary: { path: path.join(dir, 'terms.yaml'), strategy: 'verify' },
      qa: { checks: ['numbers', 'terms'], severity: { length: 'info' }, minConfidence: 0.4 },
    });
  });

  it('reads a stack of glossaries as a list, each path relative to the file', async () => {
    const { dir, file } = await configFile('glossary:\n  path: [house.yaml, desk/economy.yaml]\n');
    expect(await loadConfigFile(file, dir)).toEqual({ glossary: { path: [path.join(dir, 'house.yaml'), path.join(dir, 'desk/economy.yaml')] } });
  });

  it('reads JSON too', async () => {
    const { dir, file } = await configFile('{ "qa": { "checks": "none" } }');
    expect(await loadConfigFile(file, dir)).toEqual({ qa: { checks: 'none' } });
  });

  it('an empty file sets nothing', async () => {
    const { dir, file } = await configFile('');
    expect(await loadConfigFile(file, dir)).toEqual({});
  });

  it.each([
    ['modle:\n  id: x\n', 'lektor.yaml:1:1: unknown section "modle"; expected model, input, translate, output, glossary, qa, queue, fuzzy'],
    ['translate:\n  batch_size: 4\n', 'lektor.yaml:2:3: unknown setting "translate.batch_size"; expected batchSize'],
    ['translate:\n  batchSize: many\n', 'lektor.yaml:2:14: "translate.batchSize" must be a number'],
    ['qa:\n  checks: some\n', 'lektor.yaml:2:11: "qa.checks" must be "all", "none" or a list of check ids'],
    ['glossary:\n  path: []\n', 'lektor.yaml:2:9: "glossary.path" must be a file or a non-empty list of files'],
    ['output: html\n', 'lektor.yaml:1:9: "output" must be a map of settings'],
    ['- a\n- b\n', 'lektor.yaml:1:1: a config file is a map of sections: model, input, translate, output, glossary, qa, queue, fuzzy'],
    ['qa: [\n', 'lektor.yaml:2:1:'],
  ])('rejects %j', async (text, message) => {
    const { dir, file } = await configFile(text);
    await expect(loadConfigFile(file, dir)).rejects.toThrow(message);
  });

  it('names a missing file', async () => {
    await expect(loadConfigFile('nope.yaml', tmpdir())).rejects.toThrow('nope.yaml: no such config file');
  });
});
