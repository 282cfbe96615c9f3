import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../../helpers/run-cli.js';
import { ageLock } from '../../helpers/stale-lock.js';
import { translatedArticles } from '../../helpers/translated-articles.js';
import { syntheticArticles } from '../../bench/corpus.js';

const ARTICLES = 8;

/**
 * Every file below `dir` with its text, but the lock, the memory (SQLite's journal keeps that
 * whole) and the temporary files of writes under way (renamed, or left by a cut write).
 */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || /lektor-memory\.sqlite|\.lock|\.tmp$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), await readFile(file, 'utf8'));
  }
  return files;
}

describe('lektor review import killed with SIGKILL', () => {
  it('leaves each output wholly as it was or wholly as the import writes it, and a re-run finishes the import', async () => {
    // No sentence in two articles: each article's files change with its own import alone.
    const seed = await readFile(path.join(repoRoot, 'seeds/alibaba-liege-espionage.de.txt'), 'utf8');
    const articles = Object.fromEntries(syntheticArticles(seed, { articles: ARTICLES }).map((text, n) => [`a${n}`, text]));
    const { dir, out } = await translatedArticles(articles);
    // Every sentence corrected in a CAT tool's copy of each article's XLIFF.
    const edited: string[] = [];
    await mkdir(path.join(dir, 'cat'));
    for (const name of Object.keys(articles)) {
      const xliff = await readFile(path.join(out, `${name}.xlf`), 'utf8');
      const file = path.join('cat', `${name}.xlf`);
      await writeFile(path.join(dir, file), xliff.replace(/(<target state="translated"[^>]*>)([^<]+)(<\/target>)/g, '$1$2 (checked)$3'));
      edited.push(file);
    }
    const before = await snapshot(out);
    const whole = path.join(dir, 'whole');
    await cp(out, whole, { recursive: true });
    const importInto = (folder: string, env: Record<string, string> = {}) =>
      runCli(['review', 'import', ...edited, '--out', folder], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1700000000', ...env } });
    expect((await importInto(whole)).code).toBe(0);
    const after = await snapshot(whole);

    // Killed in the middle of a write, half-way through the articles' files.
    const killed = await importInto(out, {
      NODE_OPTIONS: `--import ${path.join(repoRoot, 'test/helpers/kill-at-write.mjs')}`,
      LEKTOR_TEST_KILL_DIR: out,
      LEKTOR_TEST_KILL_AT_WRITE: String(after.size >> 1),
    });
    expect(killed.signal).toBe('SIGKILL');
    const left = await snapshot(out);
    let changed = 0;
    for (const [file, text] of left) {
      expect([before.get(file), after.get(file)], file).toContain(text);
      if (text !== before.get(file)) changed++;
    }
    expect(changed).toBeGreaterThan(0);

    // The lock the killed import held is taken over once stale; the rest of the import goes in.
    await ageLock(path.join(out, '.lektor', 'folder.lock'));
    expect((await importInto(out)).code).toBe(0);
    const done = await snapshot(out);
    for (const [file, text] of after) expect(done.get(file), file).toBe(text);
  }, 120_000);
});
