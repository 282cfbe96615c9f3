import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { runMain } from '../../helpers/run-main.js';
import { tinyModelHub } from '../../helpers/local-hub.js';

const ID = 'Acme/tiny-de-en';
const DECODER = 'onnx/decoder_model_merged.onnx';

const { serve, hub, source } = tinyModelHub(ID);

const freshDir = (name: string): Promise<string> => mkdtemp(path.join(tmpdir(), `lektor-${name}-`));

/** Polls until the hub has seen a GET of `file`'s bytes (the server stalls it there). */
async function untilRequested(file: string): Promise<void> {
  while (!hub().requests.some((r) => r.method === 'GET' && r.path.endsWith(file))) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 200));
}

describe('lektor models pull against a hub', () => {
  it('downloads from --hub, one line per verified file, and lists the model as complete', async () => {
    await serve();
    const cache = await freshDir('cache');
    const env = { LEKTOR_MODELS_DIR: cache };
    const r = await runMain(['models', 'pull', ID, '--hub', hub().url], { env });
    expect([r.code, r.out]).toEqual([0, `${ID} (fp32) is in ${cache}\n`]);
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^downloading ${ID} from ${hub().url}: 6 files, \\d+\\.\\d kB$`));
    expect(lines.slice(1, -1)).toEqual([
      expect.stringMatching(new RegExp(`^${ID} config\\.json: [\\d.]+ kB in [\\d.]+ s \\([\\d.]+ [kM]B/s\\), git hash verified$`)),
      expect.stringMatching(/ generation_config\.json: .*, git hash verified$/),
      expect.stringMatching(/ tokenizer\.json: .*, git hash verified$/),
      expect.stringMatching(/ tokenizer_config\.json: .*, git hash verified$/),
      expect.stringMatching(/ onnx\/encoder_model\.onnx: .*, SHA-256 verified$/),
      expect.stringMatching(/ onnx\/decoder_model_merged\.onnx: .*, SHA-256 verified$/),
    ]);
    expect(lines.at(-1)).toMatch(new RegExp(`^downloaded ${ID}: 6 files, [\\d.]+ kB in [\\d.]+ s$`));
    const list = await runMain(['models', 'list'], { env });
    expect(list.out).toMatch(new RegExp(`^${ID}\\t\\d+\\.\\d kB\\tfp32\\n$`));
  });

  it('--json prints the download events as JSON lines and nothing else on stdout; --quiet prints nothing', async () => {
    await serve();
    const r = await runMain(['models', 'pull', ID, '--json', '--dtype', 'q8'], { env: { LEKTOR_MODELS_DIR: await freshDir('cache'), HF_ENDPOINT: hub().url } });
    expect(r.code).toBe(0);
    const events = r.out.trimEnd().split('\n').map((line) => JSON.parse(line) as { type: string; file?: string });
    expect(events[0]).toMatchObject({ type: 'download-start', model: ID, files: 6 });
    expect(events.filter((e) => e.type === 'download-file').map((e) => e.file)).toEqual([
      'config.json',
      'generation_config.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'onnx/encoder_model_quantized.onnx',
      'onnx/decoder_model_merged_quantized.onnx',
    ]);
    expect(events.some((e) => e.type === 'download-progress')).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'download-done', files: 6 });
    const quiet = await runMain(['models', 'pull', ID, '-q'], { env: { LEKTOR_MODELS_DIR: await freshDir('cache'), HF_ENDPOINT: hub().url } });
    expect([quiet.code, quiet.err]).toEqual([0, '']);
  });

  it('a cut connection: one line naming model, file and what happened, exit 1; list shows the part; the same command resumes it', async () => {
    await serve({ cut: { [DECODER]: 30_000 } });
    const env = { LEKTOR_MODELS_DIR: await freshDir('cache'), HF_ENDPOINT: hub().url };
    const r = await runMain(['models', 'pull', ID, '-q'], { env });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      new RegExp(`^lektor: model "${ID}" could not be downloaded: ${DECODER}: connection closed after 30\\.0 kB of \\d+\\.\\d kB \\(the part is kept; run again to resume\\)\\n$`),
    );
    const list = await runMain(['models', 'list'], { env });
    expect(list.out).toMatch(
      new RegExp(`^${ID}\\t[\\d.]+ kB\\tno complete dtype\\tunfinished download: ${DECODER} \\(30\\.0 kB of [\\d.]+ kB\\); run \`lektor models pull ${ID}\` to resume\\n$`),
    );
    const again = await runMain(['models', 'pull', ID], { env });
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/resumed at 30\.0 kB\), SHA-256 verified\n/);
    expect(hub().requests.at(-1)).toMatchObject({ method: 'GET', range: 'bytes=30000-' });
  });

  it.each([
    [404, `config.json: HTTP 404 from {hub}: no such model, revision or file; check the model id`],
    [401, `config.json: HTTP 401 from {hub}: the model is private or gated; set HF_TOKEN to a token that may read it`],
    [500, `config.json: HTTP 500 from {hub}: the hub failed; try again later`],
  ])('HTTP %i: one line, exit 1, and nothing in the cache', async (status, reason) => {
    await serve({ status: { 'config.json': status } });
    const env = { LEKTOR_MODELS_DIR: await freshDir('cache'), HF_ENDPOINT: hub().url };
    const r = await runMain(['models', 'pull', ID], { env });
    expect([r.code, r.err]).toEqual([1, `lektor: model "${ID}" could not be downloaded: ${reason.replace('{hub}', hub().url)}\n`]);
    expect((await runMain(['models', 'list'], { env })).out).toMatch(/^no models in /);
  });

  it('HF_TOKEN opens a gated model', async () => {
    await serve({ token: 'hf_test' });
    const r = await runMain(['models', 'pull', ID, '-q'], { env: { LEKTOR_MODELS_DIR: await freshDir('cache'), HF_ENDPOINT: hub().url, HF_TOKEN: 'hf_test' } });
    expect([r.code, r.err]).toEqual([0, '']);
  });

  it('a hub URL that is not http(s) is a usage error', async () => {
    const r = await runMain(['models', 'pull', ID], { env: { HF_ENDPOINT: 'ftp://mirror' } });
    expect([r.code, r.err]).toEqual([2, 'lektor: --hub (or HF_ENDPOINT) must be an http(s) URL, got "ftp://mirror"\n']);
  });

  it('Ctrl-C during a download exits 130 and keeps the part; the next pull resumes it', async () => {
    await serve({ stall: { [DECODER]: 20_000 } });
    const env = { LEKTOR_MODELS_DIR: await freshDir('cache'), HF_ENDPOINT: hub().url };
    const run = await runCli(['models', 'pull', ID], {
      env,
      onSpawn: (child) => void untilRequested(DECODER).then(() => child.kill('SIGINT')),
    });
    expect(run.code).toBe(130);
    expect(run.stderr).toContain(`lektor: interrupted; what has arrived of ${ID} is kept, run the same command again to resume\n`);
    expect((await runMain(['models', 'list'], { env })).out).toContain(`unfinished download: ${DECODER} (20.0 kB of`);
    hub().faults = {};
    const again = await runMain(['models', 'pull', ID], { env });
    expect(again.code).toBe(0);
    expect(again.err).toContain('resumed at 20.0 kB');
  });
});

describe('a first lektor translate downloads the model', () => {
  const article = 'Der Verdacht: Mögliche Spionage.\n';

  it('from HF_ENDPOINT, showing the download, and translates as the same model loaded from disk does', async () => {
    await serve();
    const dir = await freshDir('first-run');
    await writeFile(path.join(dir, 'a.txt'), article);
    const r = await runMain(['translate', 'a.txt', '--model', ID, '--out', 'hub-out', '--format', 'txt', '--no-memory'], {
      env: { LEKTOR_MODELS_DIR: path.join(dir, 'cache'), HF_ENDPOINT: hub().url },
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.err).toMatch(new RegExp(`^downloading ${ID} from ${hub().url}: 6 files`));
    expect(r.err).toMatch(/\ndownloaded Acme\/tiny-de-en: 6 files, .*\na\.txt: 1 sentence, 0 from memory/);
    const local = await runMain(['translate', 'a.txt', '--model', source(), '--offline', '--out', 'dir-out', '--format', 'txt', '--no-memory', '-q'], { cwd: dir });
    expect(local.code).toBe(0);
    const translated = await readFile(path.join(dir, 'hub-out', 'a.en.txt'), 'utf8');
    expect(translated).toBe('The suspicion: Possible espionage.\n');
    expect(translated).toBe(await readFile(path.join(dir, 'dir-out', 'a.en.txt'), 'utf8'));
  });

  it('Ctrl-C during the download exits 130, translates nothing, and the re-run resumes the download and finishes', async () => {
    await serve({ stall: { [DECODER]: 20_000 } });
    const dir = await freshDir('first-run');
    await writeFile(path.join(dir, 'a.txt'), article);
    const args = ['translate', 'a.txt', '--model', ID, '--out', 'out', '--format', 'txt'];
    const env = { LEKTOR_MODELS_DIR: path.join(dir, 'cache'), HF_ENDPOINT: hub().url };
    const run = await runCli(args, { cwd: dir, env, onSpawn: (child) => void untilRequested(DECODER).then(() => child.kill('SIGINT')) });
    expect(run.code).toBe(130);
    expect(run.stderr).toContain('interrupted: 0 translated, 0 from memory, 0 failed; 1 not finished');
    hub().faults = {};
    const again = await runMain(args, { cwd: dir, env });
    expect(again.code).toBe(0);
    expect(again.err).toContain('resumed at 20.0 kB');
    expect(await readFile(path.join(dir, 'out', 'a.en.txt'), 'utf8')).toBe('The suspicion: Possible espionage.\n');
  });
});
