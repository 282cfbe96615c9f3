import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { segmentsOf } from '../../../pipeline/core/doc.js';
import type { TranslationMemory } from '../../../pipeline/engine/memory/memory.js';
import { openSqliteMemory } from '../../../pipeline/engine/memory/sqlite-memory.js';
import { readArticleRecord } from '../../../pipeline/app/review/article-record.js';
import { importReviews } from '../../../pipeline/app/review/import-reviews.js';
import { reviseArticle } from '../../../pipeline/app/review/revise-article.js';
import { segmentVersion } from '../../../pipeline/core/segment-version.js';
import { editedCopy } from '../../helpers/edit-file.js';
import { translatedArticles } from '../../helpers/translated-articles.js';

const ARTICLE = 'Spionage in Lüttich\n\nDer Verdacht: Mögliche Spionage. Alibaba bestreitet jegliches Fehlverhalten. Der Verdacht ist groß.\n';
const NOW = new Date('2026-11-30T09:00:00Z');

let memory: TranslationMemory | undefined;
afterEach(async () => {
  await memory?.close();
  memory = undefined;
});

/** Article `a` translated into `out`, and its memory open for the import. */
async function translated(): Promise<{ dir: string; out: string; memory: TranslationMemory }> {
  const run = await translatedArticles({ a: ARTICLE });
  memory = openSqliteMemory(path.join(run.out, 'lektor-memory.sqlite'));
  return { ...run, memory };
}

async function segments(out: string) {
  return segmentsOf((await readArticleRecord(out, 'a')).doc);
}

describe('importReviews', () => {
  it('a changed target is a correction, an unchanged one in state final an approval; both are applied once, in every format and the memory', async () => {
    const { dir, out, memory } = await translated();
    const file = await editedCopy(path.join(out, 'a.xlf'), path.join(dir, 'cat', 'a.xlf'), [
      // The model's confidence rides on the <target> (its:mtConfidence), and stays.
      [/<target state="translated"([^>]*)>The suspicion is groß\.<\/target>/, '<target state="translated"$1>\n            The suspicion\n            is great.</target>'],
      [/<target state="translated"([^>]*)>Alibaba denies/, '<target state="final"$1>Alibaba denies'],
    ]);
    const options = { outDir: out, now: NOW, cwd: dir, memoryFor: () => memory };
    expect(await importReviews(['cat/a.xlf'], options)).toEqual({ corrections: 1, approvals: 1, refused: [], failed: [], propagated: [], conflicts: [] });
    const after = await segments(out);
    expect(after.find((s) => s.id === 's0004')).toMatchObject({ target: 'The suspicion is great.', origin: 'review', draft: 'The suspicion is groß.', reviewedAt: NOW.toISOString() });
    expect(after.find((s) => s.id === 's0003')).toMatchObject({ target: 'Alibaba denies any wrongdoing.', origin: 'review', draft: 'Alibaba denies any wrongdoing.' });
    expect(after.find((s) => s.id === 's0002')?.origin).toBe('model');
    expect(await readFile(path.join(out, 'a.en.txt'), 'utf8')).toContain('Alibaba denies any wrongdoing. The suspicion is great.');
    expect((await memory.recallReviews(['Der Verdacht ist groß.', 'Alibaba bestreitet jegliches Fehlverhalten.'])).map((r) => r?.target)).toEqual([
      'The suspicion is great.',
      'Alibaba denies any wrongdoing.',
    ]);
    // The same file again, or the regenerated one, holds nothing new.
    expect(await importReviews([file, path.join(out, 'a.xlf')], options)).toEqual({ corrections: 0, approvals: 0, refused: [], failed: [], propagated: [], conflicts: [] });
  });

  it('refuses units whose German changed, unknown sentences and empty English, naming file, line and unit; applies the rest', async () => {
    const { dir, out, memory } = await translated();
    await editedCopy(path.join(out, 'a.tmx'), path.join(dir, 'cat', 'a.tmx'), [
      ['<seg>Der Verdacht ist groß.</seg>', '<seg>Der Verdacht ist riesig.</seg>'],
      ['<seg>espionage in Liège</seg>', '<seg>Espionage in Liège</seg>'],
    ]);
    await editedCopy(path.join(out, 'a.jsonl'), path.join(dir, 'cat', 'a.jsonl'), [
      ['"id":"s0003"', '"id":"s0099"'],
      ['"target":"The suspicion: Possible espionage."', '"target":" "'],
    ]);
    const result = await importReviews(['cat/a.tmx', 'cat/a.jsonl'], { outDir: out, now: NOW, cwd: dir, memoryFor: () => memory });
    expect(result).toEqual({
      corrections: 1,
      approvals: 0,
      refused: [
        { file: 'cat/a.tmx', line: 42, unit: 's0004', reason: `sentence s0004 of "a": its German is no longer the article's` },
        { file: 'cat/a.jsonl', line: 2, unit: 's0002', reason: 'sentence s0002 of "a": the English is empty' },
        { file: 'cat/a.jsonl', line: 3, unit: 's0099', reason: 'no sentence s0099 in article "a"' },
      ],
      failed: [],
      propagated: [],
      conflicts: [],
    });
    expect((await segments(out)).filter((s) => s.origin === 'review').map((s) => [s.id, s.target])).toEqual([['s0001', 'Espionage in Liège']]);
  });

  it('refuses a file of an article not in the folder, and another English for a sentence already edited in an earlier file', async () => {
    const { dir, out, memory } = await translated();
    const other = await translatedArticles({ b: 'Der Verdacht ist groß.\n' });
    await editedCopy(path.join(other.out, 'b.xlf'), path.join(dir, 'cat', 'b.xlf'), [['The suspicion is groß.', 'The suspicion is great.']]);
    await editedCopy(path.join(out, 'a.xlf'), path.join(dir, 'cat', 'a.xlf'), [['The suspicion is groß.', 'The suspicion is great.']]);
    await editedCopy(path.join(out, 'a.xliff2.xlf'), path.join(dir, 'cat', 'a.xliff2.xlf'), [['The suspicion is groß.', 'The suspicion is huge.']]);
    const result = await importReviews(['cat/b.xlf', 'cat/a.xlf', 'cat/a.xliff2.xlf'], { outDir: out, now: NOW, cwd: dir, memoryFor: () => memory });
    expect(result).toEqual({
      corrections: 1,
      approvals: 0,
      refused: [
        { file: 'cat/b.xlf', reason: `article "b" was not translated into ${out}` },
        { file: 'cat/a.xliff2.xlf', line: 45, unit: 's0004', reason: 'sentence s0004 of "a" has other English in cat/a.xlf:34' },
      ],
      failed: [],
      propagated: [],
      conflicts: [],
    });
    expect((await segments(out)).find((s) => s.id === 's0004')?.target).toBe('The suspicion is great.');
  });

  it('refuses a unit whose sentence changed in Lektor after the file was written, naming file, line and unit; applies it with force', async () => {
    const { dir, out, memory } = await translated();
    await editedCopy(path.join(out, 'a.xlf'), path.join(dir, 'cat', 'a.xlf'), [['The suspicion is groß.', 'The suspicion is great.']]);
    const options = { outDir: out, now: NOW, cwd: dir, memoryFor: () => memory };
    expect(await importReviews(['cat/a.xlf'], options)).toMatchObject({ corrections: 1, refused: [] });
    const imported = (await segments(out)).find((s) => s.id === 's0004')!;
    await reviseArticle(out, 'a', [{ segment: 's0004', target: 'The suspicion is huge.', version: segmentVersion(imported) }], { now: new Date('2026-11-30T10:00:00Z') });
    expect(await importReviews(['cat/a.xlf'], options)).toEqual({
      corrections: 0,
      approvals: 0,
      refused: [{ file: 'cat/a.xlf', line: 34, unit: 's0004', reason: 'sentence s0004 of "a" changed in Lektor after this file was written', stale: true }],
      failed: [],
      propagated: [],
      conflicts: [],
    });
    expect((await segments(out)).find((s) => s.id === 's0004')?.target).toBe('The suspicion is huge.');
    expect(await importReviews(['cat/a.xlf'], { ...options, force: true })).toEqual({ corrections: 1, approvals: 0, refused: [], failed: [], propagated: [], conflicts: [] });
    expect((await segments(out)).find((s) => s.id === 's0004')).toMatchObject({ target: 'The suspicion is great.', draft: 'The suspicion is groß.' });
  });

  it('a file that cannot be read fails alone, as one line naming file and line; the other files are imported', async () => {
    const { dir, out } = await translated();
    await editedCopy(path.join(out, 'a.xlf'), path.join(dir, 'cat', 'broken.xlf'), [['</trans-unit>\n      </group>', '</group>']]);
    await editedCopy(path.join(out, 'a.jsonl'), path.join(dir, 'cat', 'a.jsonl'), [['"target":"The suspicion is groß."', '"target":"The suspicion is great."']]);
    const result = await importReviews(['cat/broken.xlf', 'cat/missing.xlf', 'cat/a.jsonl'], { outDir: out, now: NOW, cwd: dir });
    expect(result).toMatchObject({ corrections: 1, approvals: 0, refused: [] });
    expect(result.failed.map((e) => e.message)).toEqual(['cat/broken.xlf:16:27: not valid XML: Opening and ending tag mismatch: "trans-unit" != "group"', 'cat/missing.xlf: cannot read (ENOENT)']);
    expect(await readFile(path.join(out, 'a.en.txt'), 'utf8')).toContain('The suspicion is great.');
  });
});
