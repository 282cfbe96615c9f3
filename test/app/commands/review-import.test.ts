import type { Element } from '@xmldom/xmldom';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleRecord } from '../../../pipeline/app/review/article-record.js';
import { startReviewServer } from '../../../pipeline/app/review/serve/review-server.js';
import { segmentsOf } from '../../../pipeline/core/doc.js';
import { segmentVersion } from '../../../pipeline/core/segment-version.js';
import { elementById, retooled } from '../../helpers/dom-tool.js';
import { editedCopy } from '../../helpers/edit-file.js';
import { startRedis } from '../../helpers/redis-server.js';
import { runMain } from '../../helpers/run-main.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';
import { REVIEW_FORMATS, translatedArticles } from '../../helpers/translated-articles.js';
import { HAVE_SCHEMAS, SCHEMAS_NOTE, xmllint } from '../../output/external-tools.js';

const ARTICLE = 'Spionage in Lüttich\n\nDer Verdacht: Mögliche Spionage. Alibaba bestreitet jegliches Fehlverhalten. Der Verdacht ist groß.\n';
const XLIFF_2 = 'urn:oasis:names:tc:xliff:document:2.0';

/** What the reviewer did in a DOM-based CAT tool: corrected s0004, marked s0003 reviewed as it was. */
async function reviewedInCatTool(out: string, dir: string): Promise<void> {
  const xliff = retooled(await readFile(path.join(out, 'a.xliff2.xlf'), 'utf8'), (doc) => {
    const segment = (id: string) => elementById(doc, XLIFF_2, 'unit', id).getElementsByTagNameNS(XLIFF_2, 'segment')[0] as Element;
    (segment('s0004').getElementsByTagNameNS(XLIFF_2, 'target')[0] as Element).textContent = 'The suspicion is great.';
    segment('s0004').setAttribute('state', 'final');
    segment('s0003').setAttribute('state', 'reviewed');
  });
  await writeFile(path.join(dir, 'a.xliff2.xlf'), xliff);
}

/** The JSONL records of article `a` in `out`, by segment id. */
async function records(out: string): Promise<Map<string, Record<string, unknown>>> {
  const lines = (await readFile(path.join(out, 'a.jsonl'), 'utf8')).trimEnd().split('\n');
  return new Map(lines.map((l) => JSON.parse(l) as Record<string, unknown>).map((r) => [r.id as string, r]));
}

describe('lektor review import', () => {
  it('applies corrections and approvals from a CAT tool to every format and the memory, and a later run keeps them', async () => {
    const { dir, out } = await translatedArticles({ a: ARTICLE });
    await reviewedInCatTool(out, dir);
    await editedCopy(path.join(out, 'a.xlf'), path.join(dir, 'a.xlf'), [
      // The model's confidence rides on the <target> (its:mtConfidence).
      [/(<target state="translated"[^>]*>)espionage in Liège</, '$1Espionage in Liège<'],
    ]);
    expect(await runMain(['review', 'import', 'a.xliff2.xlf', 'a.xlf', '--out', 'out'], { cwd: dir })).toEqual({ code: 0, out: '2 corrections, 1 approval, 0 refused\n', err: '' });

    expect(await readFile(path.join(out, 'a.en.txt'), 'utf8')).toBe('Espionage in Liège\n\nThe suspicion: Possible espionage. Alibaba denies any wrongdoing. The suspicion is great.\n');
    expect([...(await records(out)).values()].map((r) => [r.id, r.origin, r.target])).toEqual([
      ['s0001', 'review', 'Espionage in Liège'],
      ['s0002', 'model', 'The suspicion: Possible espionage.'],
      ['s0003', 'review', 'Alibaba denies any wrongdoing.'],
      ['s0004', 'review', 'The suspicion is great.'],
    ]);
    expect(await readFile(path.join(out, 'a.tmx'), 'utf8')).toContain('<prop type="x-lektor-origin">review</prop>');
    expect((await runMain(['tm', 'stats', '--out', 'out'], { cwd: dir })).out).toMatch(/: 4 entries, 3 reviewed\n/);

    const again = await runMain(['translate', 'a.txt', '--model', await tinyModelDir(), '--offline', '--out', 'out', '--format', REVIEW_FORMATS, '-q'], { cwd: dir });
    expect(again).toMatchObject({ code: 0, err: '' });
    expect(await readFile(path.join(out, 'a.en.txt'), 'utf8')).toContain('The suspicion is great.');
    expect((await records(out)).get('s0004')).toMatchObject({ origin: 'review', target: 'The suspicion is great.', draft: 'The suspicion is groß.' });
  });

  it(`leaves XLIFF 1.2 and 2.1 that still validate${SCHEMAS_NOTE}`, async ({ skip }) => {
    if (!HAVE_SCHEMAS) skip();
    const { dir, out } = await translatedArticles({ a: ARTICLE });
    await reviewedInCatTool(out, dir);
    expect((await runMain(['review', 'import', 'a.xliff2.xlf', '--out', 'out'], { cwd: dir })).code).toBe(0);
    for (const [file, schema] of [
      ['a.xlf', 'xliff12+its'],
      ['a.xliff2.xlf', 'xliff21+its'],
    ] as const) {
      const { status, output } = xmllint(path.join(out, file), schema);
      expect(output).toContain('validates');
      expect(status).toBe(0);
    }
  });

  it('without --out uses the folder a file was edited in when it holds .lektor/, and the memory the run used', async () => {
    const { dir, out } = await translatedArticles({ a: ARTICLE }, ['--memory', 'shared.sqlite']);
    const jsonl = path.join(out, 'a.jsonl');
    await editedCopy(jsonl, jsonl, [['"target":"The suspicion is groß."', '"target":"The suspicion is great."']]);
    expect(await runMain(['review', 'import', 'out/a.jsonl'], { cwd: dir })).toEqual({ code: 0, out: '1 correction, 0 approvals, 0 refused\n', err: '' });
    expect((await records(out)).get('s0004')).toMatchObject({ origin: 'review', target: 'The suspicion is great.' });
    expect((await runMain(['tm', 'stats', '--memory', 'shared.sqlite'], { cwd: dir })).out).toMatch(/: 4 entries, 1 reviewed\n/);
  });

  it('--redis records the reviews in the memory workers share, not in the run\'s file', async () => {
    const redis = await startRedis();
    try {
      const { dir, out } = await translatedArticles({ a: ARTICLE });
      const jsonl = path.join(out, 'a.jsonl');
      await editedCopy(jsonl, jsonl, [['"target":"The suspicion is groß."', '"target":"The suspicion is great."']]);
      expect(await runMain(['review', 'import', 'out/a.jsonl', '--redis', redis.url], { cwd: dir })).toEqual({ code: 0, out: '1 correction, 0 approvals, 0 refused\n', err: '' });
      expect((await runMain(['tm', 'stats', '--redis', redis.url], { cwd: dir })).out).toBe(`${redis.url}: 0 entries, 1 reviewed\n`);
      expect((await runMain(['tm', 'stats', '--out', 'out'], { cwd: dir })).out).toMatch(/: 4 entries, 0 reviewed\n/);
    } finally {
      await redis.stop();
    }
  });

  it('lists each refusal on a line naming file, line and sentence, each unreadable file on stderr, and exits 1', async () => {
    const { dir, out } = await translatedArticles({ a: ARTICLE });
    const other = await translatedArticles({ b: 'Der Verdacht ist groß.\n' });
    await editedCopy(path.join(out, 'a.tmx'), path.join(dir, 'cat', 'a.tmx'), [
      ['<seg>Der Verdacht ist groß.</seg>', '<seg>Der Verdacht ist riesig.</seg>'],
      ['<seg>Alibaba denies any wrongdoing.</seg>', '<seg>Alibaba denies all wrongdoing.</seg>'],
    ]);
    await editedCopy(path.join(other.out, 'b.xlf'), path.join(dir, 'cat', 'b.xlf'), [['The suspicion is groß.', 'The suspicion is great.']]);
    await writeFile(path.join(dir, 'cat', 'broken.xlf'), '<?xml version="1.0"?>\n<xliff version="1.2">\n  <file original="a.txt">\n</xliff>\n');
    const run = await runMain(['review', 'import', 'cat/a.tmx', 'cat/b.xlf', 'cat/broken.xlf', '--out', 'out'], { cwd: dir });
    expect(run).toEqual({
      code: 1,
      out: [
        '1 correction, 0 approvals, 2 refused',
        `cat/a.tmx:42: sentence s0004 of "a": its German is no longer the article's`,
        `cat/b.xlf: article "b" was not translated into ${out}`,
        '',
      ].join('\n'),
      err: 'lektor: cat/broken.xlf:3:26: not valid XML: Opening and ending tag mismatch: "file" != "xliff"\n',
    });
    expect(await readFile(path.join(out, 'a.en.txt'), 'utf8')).toContain('Alibaba denies all wrongdoing.');
  });

  it('refuses a unit saved in the browser since its file was written, naming file, line and sentence, and exits 1; --force applies it', async () => {
    const { dir, out } = await translatedArticles({ a: ARTICLE });
    await editedCopy(path.join(out, 'a.xlf'), path.join(dir, 'a.xlf'), [['The suspicion is groß.', 'The suspicion is great.']]);
    expect(await runMain(['review', 'import', 'a.xlf', '--out', 'out'], { cwd: dir })).toEqual({ code: 0, out: '1 correction, 0 approvals, 0 refused\n', err: '' });
    const server = await startReviewServer(out, { port: 0 });
    try {
      const token = new URL(server.url).searchParams.get('token')!;
      const segment = segmentsOf((await readArticleRecord(out, 'a')).doc).find((s) => s.id === 's0004')!;
      const saved = await fetch(new URL('/api/articles/a/segments/s0004', server.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Lektor-Token': token, Cookie: `lektor-review-${server.port}=${token}` },
        body: JSON.stringify({ target: 'The suspicion is huge.', version: segmentVersion(segment) }),
      });
      expect(saved.status).toBe(200);
    } finally {
      await server.close();
    }
    expect(await runMain(['review', 'import', 'a.xlf', '--out', 'out'], { cwd: dir })).toEqual({
      code: 1,
      out: [
        '0 corrections, 0 approvals, 1 refused',
        'a.xlf:34: sentence s0004 of "a" changed in Lektor after this file was written',
        "1 unit changed in Lektor after the file was written; --force applies the file's English anyway",
        '',
      ].join('\n'),
      err: '',
    });
    expect((await records(out)).get('s0004')).toMatchObject({ target: 'The suspicion is huge.' });
    expect(await runMain(['review', 'import', 'a.xlf', '--out', 'out', '--force'], { cwd: dir })).toEqual({ code: 0, out: '1 correction, 0 approvals, 0 refused\n', err: '' });
    expect((await records(out)).get('s0004')).toMatchObject({ origin: 'review', target: 'The suspicion is great.', draft: 'The suspicion is groß.' });
  });

  it('needs at least one file', async () => {
    expect((await runMain(['review', 'import'])).code).toBe(2);
  });
});
