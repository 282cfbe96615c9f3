import { existsSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFileLock, type FileLockOptions } from '../../pipeline/core/file-lock.js';
import { ageLock } from '../helpers/stale-lock.js';

async function lockIn(): Promise<FileLockOptions> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lektor-file-lock-'));
  return { lockPath: path.join(dir, 'sub', 'x.lock'), name: dir };
}

describe('withFileLock', () => {
  it('holds the lock on disk during the change and removes it after, also when the change throws', async () => {
    const lock = await lockIn();
    expect(await withFileLock(lock, async () => existsSync(lock.lockPath))).toBe(true);
    expect(existsSync(lock.lockPath)).toBe(false);
    await expect(withFileLock(lock, async () => Promise.reject(new Error('the change failed')))).rejects.toThrow('the change failed');
    expect(existsSync(lock.lockPath)).toBe(false);
  });

  it('one process’s changes take turns, and a change inside one holding the lock runs at once', async () => {
    const lock = await lockIn();
    const steps: string[] = [];
    const change = (name: string) =>
      withFileLock(lock, async () => {
        steps.push(`${name} in`);
        await new Promise((resolve) => setImmediate(resolve));
        await withFileLock(lock, async () => steps.push(`${name} nested`));
        steps.push(`${name} out`);
      });
    await Promise.all([change('a'), change('b')]);
    expect(steps).toEqual(['a in', 'a nested', 'a out', 'b in', 'b nested', 'b out']);
  });

  it('waits for a lock another process left, and takes it over once it is stale', async () => {
    const lock = { ...(await lockIn()), wait: 1 };
    // What a killed holder leaves: the lock directory, no longer refreshed.
    await mkdir(lock.lockPath, { recursive: true });
    await expect(withFileLock(lock, async () => 'changed')).rejects.toThrow(`another Lektor process has held its lock for over 1 s`);
    await ageLock(lock.lockPath);
    expect(await withFileLock(lock, async () => 'changed')).toBe('changed');
    expect(existsSync(lock.lockPath)).toBe(false);
  });
});
