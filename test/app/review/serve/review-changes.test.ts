import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleRecord } from '../../../../pipeline/app/review/article-record.js';
import { startReviewServer, type ReviewServer } from '../../../../pipeline/app/review/serve/review-server.js';
import { segmentsOf } from '../../../../pipeline/core/doc.js';
import { segmentVersion } from '../../../../pipeline/core/segment-version.js';
import { reviewFolder, SEED_ARTICLE, type ReviewFolder } from '../../../helpers/review-folder.js';

let folder: ReviewFolder;
let server: ReviewServer;
let headers: Record<string, string>;

function post(pathname: string, body: unknown): Promise<Response> {
  return fetch(new URL(`/api/articles/${SEED_ARTICLE}/segments/${pathname}`, server.url), { method: 'POST', headers, body: JSON.stringify(body) });
}

async function segment(id: string) {
  return segmentsOf((await readArticleRecord(folder.out, SEED_ARTICLE)).doc).find((s) => s.id === id)!;
}

beforeAll(async () => {
  folder = await reviewFolder();
  server = await startReviewServer(folder.out, { port: 0, now: () => new Date('2026-11-30T10:00:00Z') });
  const token = new URL(server.url).searchParams.get('token')!;
  headers = { 'Content-Type': 'application/json', 'X-Lektor-Token': token, Cookie: `lektor-review-${server.port}=${token}` };
});

afterAll(async () => {
  await server?.close();
});

describe('the review server’s changes besides a save', () => {
  it('answers a save with the header’s totals too, counted and rendered', async () => {
    const answer = await post('s0012', { target: 'It is meant to improve logistics processes.', version: segmentVersion(await segment('s0012')) });
    expect(answer.status).toBe(200);
    const { totals } = (await answer.json()) as { totals: Record<string, unknown> };
    expect(totals).toMatchObject({ segments: 25, unreviewed: 24 });
    expect(totals.html).toMatch(/^<ul id="review-totals" class="totals" aria-live="polite">\n<li><strong>25<\/strong> segments<\/li>/);
  });

  it('takes a review back: the machine’s draft again, unreviewed, in every format, answered as a save is', async () => {
    const machine = await segment('s0010');
    expect((await post('s0010', { target: 'Suspect software', version: segmentVersion(machine) })).status).toBe(200);
    const answer = await post('s0010/revert', { version: segmentVersion(await segment('s0010')) });
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { segment: Record<string, unknown>; row: string; progress: Record<string, unknown>; totals: Record<string, unknown> };
    expect(body.segment).toMatchObject({ id: 's0010', target: 'Suspicious software', origin: 'model', version: segmentVersion(machine) });
    expect(body.row).toMatch(/^<tr id="s0010" class="seg" tabindex="0" data-unreviewed/);
    expect(body.row).toContain('<button type="button" class="approve" tabindex="-1">Approve</button>');
    expect(await segment('s0010')).toEqual(machine);
    const jsonl = (await readFile(path.join(folder.out, `${SEED_ARTICLE}.jsonl`), 'utf8')).split('\n').find((l) => l.includes('"id":"s0010"'));
    expect(JSON.parse(jsonl!)).toMatchObject({ origin: 'model', target: 'Suspicious software', draft: null });
  });

  it('refuses to take back what no one reviewed (422), and a stale version (409)', async () => {
    const unreviewed = await post('s0011/revert', { version: segmentVersion(await segment('s0011')) });
    expect(unreviewed.status).toBe(422);
    expect(await unreviewed.json()).toEqual({ error: `sentence s0011 of "${SEED_ARTICLE}" has no review to take back` });
    const stale = await post('s0012/revert', { version: 'stale' });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toEqual({ error: `sentence s0012 of "${SEED_ARTICLE}" was saved by someone else since you opened it; reload to see their version` });
    expect((await post('s0012/revert', {})).status).toBe(400);
  });

  it('checks English without saving it: the QA flags a save would give', async () => {
    const before = await readFile(path.join(folder.out, `${SEED_ARTICLE}.jsonl`), 'utf8');
    const answer = await post('s0017/check', { target: 'The Chinese Amazon competitor had signed an agreement.' });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ flags: expect.arrayContaining([{ check: 'numbers', severity: 'error', message: 'Number `2018` missing in target' }]) });
    expect(await readFile(path.join(folder.out, `${SEED_ARTICLE}.jsonl`), 'utf8')).toBe(before);
    expect((await post('s0017/check', { target: ' ' })).status).toBe(422);
    expect(await (await post('s0017/check', { version: 'v' })).json()).toEqual({ error: 'send { "target": "…" }' });
  });

  it('searches every article from the index, linking each sentence found to its row', async () => {
    const page = await (await fetch(new URL('/?q=LIÈGE', server.url), { headers })).text();
    expect(page).toContain('<h2 id="search-title">3 sentences in 1 article contain “LIÈGE”</h2>');
    expect(page).toContain(`<td data-label="Sentence"><a href="${SEED_ARTICLE}.review.html#s0006">s0006</a></td>`);
    expect(page).toContain('form-action &#39;self&#39;');
    expect(await (await fetch(new URL('/?q=Quantencomputer', server.url), { headers })).text()).toContain('No sentence contains “Quantencomputer”');
    expect((await fetch(new URL(`/?q=${'x'.repeat(201)}`, server.url), { headers })).status).toBe(400);
  });
});
