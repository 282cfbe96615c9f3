import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApiKeys } from '../../../pipeline/app/service/api-keys.js';

describe('loadApiKeys', () => {
  it('takes one key a line, skipping blank lines and # comments', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-keys-'));
    await writeFile(path.join(dir, 'keys.txt'), '# newsroom CMS\nkey-one\n\n  key-two  \n');
    const keys = await loadApiKeys('keys.txt', dir);
    expect(keys.count).toBe(2);
    expect([keys.has('key-one'), keys.has('key-two'), keys.has('key-on'), keys.has('# newsroom CMS')]).toEqual([true, true, false, false]);
  });

  it('refuses a file without keys, or none at all, naming it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-keys-'));
    await writeFile(path.join(dir, 'empty.txt'), '# nothing yet\n');
    await expect(loadApiKeys('empty.txt', dir)).rejects.toThrow('empty.txt: no API keys in the file (one a line; # starts a comment)');
    await expect(loadApiKeys('missing.txt', dir)).rejects.toThrow('missing.txt: cannot read the API keys (ENOENT)');
  });
});
