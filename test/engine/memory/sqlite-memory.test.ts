import Database from 'better-sqlite3';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ModelIdentity } from '../../../models/translator.js';
import { MemoryError } from '../../../pipeline/core/errors.js';
import type { EntryMeta, MemoryEntry, TranslationMemory } from '../../../pipeline/engine/memory/memory.js';
import { openSqliteMemory } from '../../../pipeline/engine/memory/sqlite-memory.js';

const model: ModelIdentity = { id: 'Xenova/opus-mt-de-en', dtype: 'fp32', decoding: { num_beams: 1, do_sample: false } };
const meta: EntryMeta = { origin: 'model', createdAt: '2024-01-01T00:00:00.000Z', tool: 'lektor 0.0.0' };

async function collect(entries: AsyncIterable<MemoryEntry>): Promise<MemoryEntry[]> {
  const all: MemoryEntry[] = [];
  for await (const e of entries) all.push(e);
  return all;
}

describe('openSqliteMemory', () => {
  let dir: string;
  let file: string;
  let memory: TranslationMemory;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lektor-memory-'));
    file = path.join(dir, 'nested', 'memory.sqlite');
    memory = openSqliteMemory(file);
  });

  afterEach(async () => {
    await memory.close();
  });

  it('recalls what was recorded and nothing else', async () => {
    await memory.record(model, [['Guten Tag.', { text: 'Good day.' }]], meta);
    expect(await memory.recall(model, ['Guten Tag.', 'Gute Nacht.'])).toEqual([{ text: 'Good day.' }, undefined]);
  });

  it.each<[string, ModelIdentity | undefined, string]>([
    ['another model', { ...model, id: 'someone/else' }, 'Guten Tag.'],
    ['another dtype', { ...model, dtype: 'q8' }, 'Guten Tag.'],
    ['other decoding settings', { ...model, decoding: { num_beams: 4, do_sample: false } }, 'Guten Tag.'],
    ['a different model input (one space more)', undefined, 'Guten  Tag.'],
    ['a different model input (case)', undefined, 'guten Tag.'],
  ])('misses for %s', async (_, other, source) => {
    await memory.record(model, [['Guten Tag.', { text: 'Good day.' }]], meta);
    expect(await memory.recall(other ?? model, [source])).toEqual([undefined]);
  });

  it('finds an entry whatever order the decoding settings are listed in', async () => {
    await memory.record(model, [['Guten Tag.', { text: 'Good day.' }]], meta);
    expect(await memory.recall({ ...model, decoding: { do_sample: false, num_beams: 1 } }, ['Guten Tag.'])).toEqual([{ text: 'Good day.' }]);
  });

  it('keeps the first translation of a key', async () => {
    await memory.record(model, [['Hallo.', { text: 'Hello.' }]], meta);
    await memory.record(model, [['Hallo.', { text: 'Hi.' }]], { ...meta, createdAt: '2025-01-01T00:00:00.000Z' });
    expect(await memory.recall(model, ['Hallo.'])).toEqual([{ text: 'Hello.' }]);
  });

  it('stores origin, time and tool with each entry, and lists entries in key order', async () => {
    await memory.record(model, [['b', { text: 'B' }], ['a', { text: 'A' }]], meta);
    await memory.record({ ...model, dtype: 'q8' }, [['a', { text: 'A8' }]], meta);
    expect(await collect(memory.entries())).toEqual([
      { model: model.id, dtype: 'fp32', decoding: '{"do_sample":false,"num_beams":1}', source: 'a', target: 'A', ...meta },
      { model: model.id, dtype: 'fp32', decoding: '{"do_sample":false,"num_beams":1}', source: 'b', target: 'B', ...meta },
      { model: model.id, dtype: 'q8', decoding: '{"do_sample":false,"num_beams":1}', source: 'a', target: 'A8', ...meta },
    ]);
  });

  it('clears one model or everything, and says how many went', async () => {
    await memory.record(model, [['a', { text: 'A' }], ['b', { text: 'B' }]], meta);
    await memory.record({ ...model, id: 'other/model' }, [['a', { text: 'A' }]], meta);
    expect(await memory.clear('other/model')).toEqual({ entries: 1, reviewed: 0 });
    expect((await memory.stats()).entries).toBe(2);
    expect(await memory.clear()).toEqual({ entries: 2, reviewed: 0 });
    expect((await memory.stats()).entries).toBe(0);
  });

  it('survives closing and opening again, in WAL mode', async () => {
    await memory.record(model, [['Guten Tag.', { text: 'Good day.' }]], meta);
    await memory.close();
    memory = openSqliteMemory(file);
    expect(await memory.recall(model, ['Guten Tag.'])).toEqual([{ text: 'Good day.' }]);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('lets two connections to one file write and read each other\'s entries', async () => {
    const other = openSqliteMemory(file);
    try {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? memory : other).record(model, [[`Satz ${i}`, { text: `Sentence ${i}` }]], meta)),
      );
      expect(await other.recall(model, ['Satz 0', 'Satz 19'])).toEqual([{ text: 'Sentence 0' }, { text: 'Sentence 19' }]);
      expect((await memory.stats()).entries).toBe(20);
    } finally {
      await other.close();
    }
  });

  it('creates nothing until first used', async () => {
    const lazy = openSqliteMemory(path.join(dir, 'never.sqlite'));
    await lazy.close();
    await expect(openSqliteMemory(path.join(dir, 'never.sqlite'), { create: false }).stats()).rejects.toThrow(
      `${path.join(dir, 'never.sqlite')}: no translation memory here`,
    );
  });

  it.each([
    ['a text file', async (f: string) => writeFile(f, 'Guten Tag, this is not a database.\n'.repeat(20)), `cannot open translation memory: file is not a database; move it aside (a new run starts an empty memory) or restore it from a backup`],
    [
      'another program\'s database',
      async (f: string) => {
        const db = new Database(f);
        db.exec('CREATE TABLE invoices (id INTEGER)');
        db.close();
      },
      'not a Lektor translation memory (tables: invoices)',
    ],
    [
      'a memory from a newer Lektor',
      async (f: string) => {
        const db = new Database(f);
        db.pragma('user_version = 99');
        db.close();
      },
      'translation memory has schema version 99, this Lektor reads up to 4',
    ],
  ])('refuses %s with one line naming the file', async (_, make, reason) => {
    const bad = path.join(dir, 'bad.sqlite');
    await make(bad);
    const error = await openSqliteMemory(bad).recall(model, ['x']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MemoryError);
    expect((error as MemoryError).describe()).toBe(`${bad}: ${reason}`);
  });

  it('names a file damaged after it was written, and what to do, when a lookup reaches the damage', async () => {
    const file = path.join(dir, 'damaged.sqlite');
    const memory = openSqliteMemory(file);
    const sources = Array.from({ length: 2000 }, (_, i) => `Satz Nummer ${i} über das Logistikzentrum in Lüttich.`);
    await memory.record(model, sources.map((s, i) => [s, { text: `Sentence ${i}.` }]), meta);
    await memory.close();
    // The header and schema stay readable; the pages after them, where the entries are, do not.
    const bytes = await readFile(file);
    bytes.fill(0xa5, 8192);
    await writeFile(file, bytes);
    const error = await openSqliteMemory(file).recall(model, sources.slice(0, 50)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MemoryError);
    const line = (error as MemoryError).describe();
    expect(line.startsWith(`${file}: cannot `)).toBe(true);
    // SQLite names what it found broken first (a table, a page); the advice is the same.
    expect(line).toMatch(/translation memory: [^\n]+; move it aside \(a new run starts an empty memory\) or restore it from a backup$/);
  });
});
