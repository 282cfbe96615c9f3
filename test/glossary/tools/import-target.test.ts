import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openImportTarget, readExchangeFile } from '../../../glossary/tools/import-target.js';
import { InputError } from '../../../pipeline/core/errors.js';
import { repoRoot } from '../../helpers/run-cli.js';

describe('openImportTarget', () => {
  it('opens an existing glossary with its exact text', async () => {
    const target = await openImportTarget('seeds/glossary.yaml', repoRoot);
    expect(target).toMatchObject({ file: 'seeds/glossary.yaml', path: path.join(repoRoot, 'seeds/glossary.yaml'), exists: true });
    expect(target.glossary.terms).toHaveLength(18);
    expect(target.raw).toMatch(/^# yaml-language-server/);
  });

  it('starts an empty glossary where there is no file yet', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-glossary-'));
    const target = await openImportTarget('new.yaml', dir);
    expect(target).toMatchObject({ file: 'new.yaml', exists: false, raw: 'source_lang: de\ntarget_lang: en\nterms: []\n' });
    expect(target.glossary.terms).toEqual([]);
  });
});

describe('readExchangeFile', () => {
  it('names a missing terms file', async () => {
    await expect(readExchangeFile('terms.csv', repoRoot)).rejects.toThrow(new InputError({ file: 'terms.csv' }, 'no such file'));
  });
});
