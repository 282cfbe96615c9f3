import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readArticleRecord } from '../../../pipeline/app/review/article-record.js';
import { reviseArticle } from '../../../pipeline/app/review/revise-article.js';
import { startReviewServer, type ReviewServer } from '../../../pipeline/app/review/serve/review-server.js';
import { segmentsOf, type Segment } from '../../../pipeline/core/doc.js';
import { segmentVersion } from '../../../pipeline/core/segment-version.js';
import { openSqliteMemory } from '../../../pipeline/engine/memory/sqlite-memory.js';
import { editedCopy } from '../../helpers/edit-file.js';
import { runMain } from '../../helpers/run-main.js';
import { translatedArticles } from '../../helpers/translated-articles.js';

const REPEAT = 'Der Verdacht ist groß.';
/** Three articles that share one sentence, each in another place. */
const ARTICLES = {
  a: `Spionage in Lüttich\n\nAlibaba bestreitet jegliches Fehlverhalten. ${REPEAT}\n`,
  b: `Neue Vorwürfe\n\n${REPEAT} Die Ermittler schweigen.\n`,
  c: `Der Hafen\n\nDie Polizei ermittelt. Der Hafen ist groß. ${REPEAT}\n`,
};
const NOW = new Date('2026-11-30T09:00:00Z');

let server: ReviewServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function repeatIn(out: string, article: string): Promise<Segment> {
  return segmentsOf((await readArticleRecord(out, article)).doc).find((s) => s.source === REPEAT)!;
}

/** The folder with `c`'s repeat reviewed to other English, and a server on it. */
async function served(propagate?: boolean) {
  const { dir, out } = await translatedArticles(ARTICLES);
  const c = await repeatIn(out, 'c');
  await reviseArticle(out, 'c', [{ segment: c.id, target: 'The suspicion is considerable.' }], { now: NOW });
  server = await startReviewServer(out, { port: 0, now: () => NOW, model: false, ...(propagate === undefined ? {} : { propagate }) });
  const token = new URL(server.url).searchParams.get('token')!;
  const headers = { 'Content-Type': 'application/json', 'X-Lektor-Token': token, Cookie: `lektor-review-${server.port}=${token}` };
  const post = (article: string, route: string, body: unknown) =>
    fetch(new URL(`/api/articles/${article}/segments/${route}`, server!.url), { method: 'POST', headers, body: JSON.stringify(body) });
  return { dir, out, post };
}

describe('propagation of a save to the folder’s repeats', () => {
  it('gives the unreviewed repeat the saved English in every format, reports the reviewed one as a conflict, and undoes one place', async () => {
    const { out, post } = await served();
    const [a, b] = [await repeatIn(out, 'a'), await repeatIn(out, 'b')];
    const answer = await post('a', a.id, { target: 'The suspicion is great.', version: segmentVersion(a) });
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { segment: { flags: unknown[] }; propagated: { article: string; segment: string; version: string }[]; conflicts: unknown[] };
    const bAfter = await repeatIn(out, 'b');
    expect(body.propagated).toEqual([{ article: 'b', segment: b.id, target: 'The suspicion is great.', previous: b.target, version: segmentVersion(bAfter) }]);
    expect(body.conflicts).toEqual([{ article: 'c', segment: (await repeatIn(out, 'c')).id, target: 'The suspicion is considerable.' }]);
    expect(bAfter).toMatchObject({ target: 'The suspicion is great.', origin: 'review', draft: b.target, reviewedAt: NOW.toISOString() });
    const jsonl = (await readFile(path.join(out, 'b.jsonl'), 'utf8')).split('\n').find((l) => l.includes(`"id":"${b.id}"`))!;
    expect(JSON.parse(jsonl)).toMatchObject({ target: 'The suspicion is great.', origin: 'review' });
    expect(await readFile(path.join(out, 'b.xlf'), 'utf8')).toContain('The suspicion is great.</target>');
    expect(await readFile(path.join(out, 'b.review.html'), 'utf8')).toContain('The suspicion is great.');
    expect((await repeatIn(out, 'c')).target).toBe('The suspicion is considerable.');

    const undone = await post('b', `${b.id}/undo-propagation`, { version: body.propagated[0]!.version });
    expect(undone.status).toBe(200);
    expect(await repeatIn(out, 'b')).toMatchObject({ target: b.target, origin: 'model' });
    expect(await readFile(path.join(out, 'b.xlf'), 'utf8')).not.toContain('The suspicion is great.</target>');
    // The saved sentence keeps its review, in the memory too; a second undo of the same place finds nothing to undo.
    expect((await repeatIn(out, 'a')).target).toBe('The suspicion is great.');
    const memory = openSqliteMemory(path.join(out, 'lektor-memory.sqlite'));
    expect((await memory.recallReviews([REPEAT]))[0]?.target).toBe('The suspicion is great.');
    await memory.close();
    expect((await post('b', `${b.id}/undo-propagation`, { version: body.propagated[0]!.version })).status).toBe(422);
  });

  it('leaves the repeats as they are with propagation off', async () => {
    const { out, post } = await served(false);
    const [a, b] = [await repeatIn(out, 'a'), await repeatIn(out, 'b')];
    const body = (await (await post('a', a.id, { target: 'The suspicion is great.', version: segmentVersion(a) })).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ propagated: [], conflicts: [] });
    expect(await repeatIn(out, 'b')).toMatchObject({ target: b.target, origin: 'model' });
  });
});

describe('propagation of `review import`', () => {
  async function editedXliff() {
    const { dir, out } = await translatedArticles(ARTICLES);
    const c = await repeatIn(out, 'c');
    await reviseArticle(out, 'c', [{ segment: c.id, target: 'The suspicion is considerable.' }], { now: NOW });
    const a = await repeatIn(out, 'a');
    await editedCopy(path.join(out, 'a.xlf'), path.join(dir, 'cat', 'a.xlf'), [[`>${a.target}</target>`, '>The suspicion is great.</target>']]);
    return { dir, out, b: await repeatIn(out, 'b'), c: await repeatIn(out, 'c') };
  }

  it('propagates an imported correction and prints each place, and the conflict', async () => {
    const { dir, out, b, c } = await editedXliff();
    const run = await runMain(['review', 'import', 'cat/a.xlf', '--out', 'out'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(run.err).toBe('');
    expect(run.out).toBe(
      '1 correction, 0 approvals, 0 refused, 1 propagated, 1 conflict\n' +
        `propagated to b ${b.id}: "The suspicion is great." (was "${b.target}")\n` +
        `conflict: c ${c.id} was reviewed as "The suspicion is considerable."; left as it is\n`,
    );
    expect(run.code).toBe(0);
    expect(await repeatIn(out, 'b')).toMatchObject({ target: 'The suspicion is great.', origin: 'review' });
    expect(await repeatIn(out, 'c')).toMatchObject({ target: c.target, origin: 'review', reviewedAt: c.reviewedAt });
  });

  it('--no-propagate imports the correction alone', async () => {
    const { dir, out, b } = await editedXliff();
    const run = await runMain(['review', 'import', 'cat/a.xlf', '--out', 'out', '--no-propagate'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(run.out).toBe('1 correction, 0 approvals, 0 refused\n');
    expect(await repeatIn(out, 'b')).toMatchObject({ target: b.target, origin: 'model' });
  });

  it('review.propagate: false in --config does the same', async () => {
    const { dir, out, b } = await editedXliff();
    await writeFile(path.join(dir, 'lektor.yaml'), 'review:\n  propagate: false\n');
    const run = await runMain(['review', 'import', 'cat/a.xlf', '--out', 'out', '--config', 'lektor.yaml'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(run.out).toBe('1 correction, 0 approvals, 0 refused\n');
    expect(await repeatIn(out, 'b')).toMatchObject({ target: b.target, origin: 'model' });
  });
});
