import { cp, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadModelFiles, type ModelDownload } from '../../../models/download/download-model.js';
import { DownloadFailure } from '../../../models/download/download-failure.js';
import type { DownloadEvent } from '../../../models/download/events.js';
import { CONFIG_FILES, filesUnder, onnxFiles } from '../../../models/model-source.js';
import { tinyModelHub } from '../../helpers/local-hub.js';

const FILES = [...CONFIG_FILES, ...onnxFiles('fp32')];
const DECODER = 'onnx/decoder_model_merged.onnx';

const { serve, hub, source } = tinyModelHub('Acme/tiny');

async function download(into: string, extra: Partial<ModelDownload> = {}): Promise<DownloadEvent[]> {
  const events: DownloadEvent[] = [];
  await downloadModelFiles({ hub: { endpoint: hub().url, id: 'Acme/tiny', revision: 'main' }, dir: into, files: FILES, onEvent: (e) => events.push(e), ...extra });
  return events;
}

async function failure(promise: Promise<unknown>): Promise<DownloadFailure> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DownloadFailure);
  return error as DownloadFailure;
}

/** Waits until the download of `file` has `bytes` on disk (the hub stalls there). */
async function untilPartHas(file: string, bytes: number): Promise<void> {
  while (((await stat(`${file}.incomplete`).catch(() => undefined))?.size ?? 0) < bytes) await new Promise((r) => setTimeout(r, 20));
}

const freshDir = (): Promise<string> => mkdtemp(path.join(tmpdir(), 'lektor-download-'));

async function expectSameFiles(dir: string, from = source()): Promise<void> {
  for (const file of FILES) expect((await readFile(path.join(dir, file))).equals(await readFile(path.join(from, file))), file).toBe(true);
}

describe('downloadModelFiles', () => {
  it('fetches every file byte for byte, checks each against the hash the hub announced, and tells it in order', async () => {
    await serve();
    const dir = await freshDir();
    const events = await download(dir);
    await expectSameFiles(dir);
    expect((await filesUnder(dir)).sort()).toEqual([...FILES].sort());
    expect(events[0]).toMatchObject({ type: 'download-start', model: 'Acme/tiny', hub: hub().url, files: FILES.length, resumed: 0 });
    const sizes = await Promise.all(FILES.map(async (f) => (await readFile(path.join(source(), f))).length));
    expect(events[0]).toMatchObject({ bytes: sizes.reduce((a, b) => a + b, 0) });
    const finished = events.filter((e) => e.type === 'download-file');
    expect(finished.map((e) => [e.file, e.verified, e.bytes])).toEqual(FILES.map((f, i) => [f, f.endsWith('.onnx') ? 'sha256' : 'git-sha1', sizes[i]]));
    expect(events.filter((e) => e.type === 'download-progress').map((e) => e.file)).toEqual(expect.arrayContaining(FILES));
    expect(events.at(-1)).toMatchObject({ type: 'download-done', files: FILES.length });
  });

  it('a cut connection keeps only a .incomplete part; the next run resumes it with a range request', async () => {
    await serve({ cut: { [DECODER]: 30_000 } });
    const dir = await freshDir();
    const events: DownloadEvent[] = [];
    const error = await failure(download(dir, { onEvent: (e) => events.push(e) }));
    expect(error.file).toBe(DECODER);
    expect(error.reason).toMatch(/^connection closed after 30\.0 kB of \d+\.\d kB \(the part is kept; run again to resume\)$/);
    expect(events.at(-1)).toEqual({ type: 'download-stopped', model: 'Acme/tiny', file: DECODER });
    const onnx = await readdir(path.join(dir, 'onnx'));
    expect(onnx.sort()).toEqual(['decoder_model_merged.onnx.incomplete', 'decoder_model_merged.onnx.incomplete.json', 'encoder_model.onnx']);

    const again = await download(dir);
    await expectSameFiles(dir);
    expect(await readdir(path.join(dir, 'onnx'))).toEqual(expect.not.arrayContaining(['decoder_model_merged.onnx.incomplete']));
    expect(again[0]).toMatchObject({ type: 'download-start', resumed: 30_000 });
    expect(again.find((e) => e.type === 'download-file' && e.file === DECODER)).toMatchObject({ resumedFrom: 30_000, verified: 'sha256' });
    expect(hub().requests.filter((r) => r.method === 'GET' && r.path.endsWith(DECODER)).map((r) => r.range)).toEqual([undefined, 'bytes=30000-']);
  });

  it('restarts instead of resuming when the file changed on the hub since the part was fetched', async () => {
    const changed = await freshDir();
    await cp(source(), changed, { recursive: true });
    await serve({ cut: { [DECODER]: 30_000 } }, changed);
    const dir = await freshDir();
    await failure(download(dir));
    const decoder = await readFile(path.join(changed, DECODER));
    decoder[decoder.length - 1] = (decoder.at(-1) ?? 0) ^ 0xff;
    await writeFile(path.join(changed, DECODER), decoder);
    await download(dir);
    expect((await readFile(path.join(dir, DECODER))).equals(decoder)).toBe(true);
    expect(hub().requests.filter((r) => r.method === 'GET' && r.path.endsWith(DECODER)).map((r) => r.range)).toEqual([undefined, undefined]);
  });

  it.each([
    [DECODER, /^SHA-256 [0-9a-f]{12}… does not match the hub's [0-9a-f]{12}… \(discarded; run again\)$/],
    ['tokenizer.json', /^git hash [0-9a-f]{12}… does not match the hub's [0-9a-f]{12}… \(discarded; run again\)$/],
  ])('bytes that do not match the announced hash of %s are discarded, never kept', async (file, reason) => {
    await serve({ corrupt: [file] });
    const dir = await freshDir();
    const error = await failure(download(dir));
    expect([error.file, error.reason]).toEqual([file, expect.stringMatching(reason)]);
    const left = await filesUnder(dir);
    expect(left.filter((f) => f.startsWith(file))).toEqual([]);
  });

  it.each([
    [404, 'config.json', 'no such model, revision or file; check the model id'],
    [401, 'tokenizer.json', 'the model is private or gated; set HF_TOKEN to a token that may read it'],
    [500, DECODER, 'the hub failed; try again later'],
  ])('HTTP %i names the file and what it means, and writes nothing', async (status, file, meaning) => {
    await serve({ status: { [file]: status } });
    const dir = await freshDir();
    const error = await failure(download(dir));
    expect(error.message).toBe(`${file}: HTTP ${status} from ${hub().url}: ${meaning}`);
    expect(await filesUnder(dir).catch(() => [])).toEqual([]);
  });

  it('sends the token to the hub, which refuses a gated model without it', async () => {
    await serve({ token: 'hf_secret' });
    await failure(download(await freshDir()));
    const dir = await freshDir();
    await download(dir, { token: 'hf_secret' });
    await expectSameFiles(dir);
    expect(hub().requests.filter((r) => r.path.includes('/resolve/')).at(-1)?.authorization).toBe('Bearer hf_secret');
  });

  it('an aborted download rejects with the abort reason and keeps its part for the next run', async () => {
    await serve({ stall: { [DECODER]: 20_000 } });
    const dir = await freshDir();
    const controller = new AbortController();
    const events: DownloadEvent[] = [];
    const running = download(dir, { signal: controller.signal, onEvent: (e) => events.push(e) });
    await untilPartHas(path.join(dir, DECODER), 20_000);
    controller.abort();
    await expect(running).rejects.toBe(controller.signal.reason);
    expect(events.at(-1)).toEqual({ type: 'download-stopped', model: 'Acme/tiny', file: DECODER });
    hub().faults = {};
    const again = await download(dir);
    expect(again[0]).toMatchObject({ resumed: 20_000 });
    await expectSameFiles(dir);
  });

  it('a hub that cannot be reached is named', async () => {
    await serve();
    const url = hub().url;
    await hub().close();
    const error = await failure(downloadModelFiles({ hub: { endpoint: url, id: 'Acme/tiny', revision: 'main' }, dir: await freshDir(), files: FILES }));
    expect(error.reason).toBe(`cannot reach ${url} (ECONNREFUSED); check the network, or set HF_ENDPOINT to a mirror`);
  });
});
