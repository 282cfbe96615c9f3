import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ModelIdentity, Translator } from '../../../models/translator.js';
import type { BatchOptions } from '../../../pipeline/app/translate/options.js';
import type { ProgressEvent } from '../../../pipeline/app/translate/progress.js';
import type { TranslateRunReport } from '../../../pipeline/app/deliver/run-report.js';
import { translateFiles } from '../../../pipeline/app/translate/translate-files.js';
import { resolveConfig } from '../../../pipeline/config.js';
import { ModelError } from '../../../pipeline/core/errors.js';
import type { TranslationMemory } from '../../../pipeline/engine/memory/memory.js';
import { openSqliteMemory } from '../../../pipeline/engine/memory/sqlite-memory.js';
import { fakeTranslator } from '../../helpers/fake-translator.js';

const now = new Date('2024-01-01T00:00:00Z');
const identity: ModelIdentity = { id: 'fake/model', dtype: 'fp32', decoding: { num_beams: 1 } };

/** Three short articles; every sentence names its article, so none repeats across them. */
const ARTICLES: Record<string, string> = {
  'a.txt': 'Artikel Alpha beginnt hier.\n\nZweiter Satz von Alpha. Dritter Satz von Alpha.\n',
  'b.txt': 'Artikel Beta beginnt hier.\n\nZweiter Satz von Beta.\n',
  'c.txt': 'Artikel Gamma beginnt hier.\n',
};

describe('translateFiles', () => {
  let dir: string;
  let input: string;
  let out: string;
  let memory: TranslationMemory;
  let model: ReturnType<typeof fakeTranslator>;
  let loads: number;

  function options(extra: Partial<BatchOptions> = {}): BatchOptions {
    return {
      config: resolveConfig([{ output: { dir: out, formats: ['txt'] }, model: { id: 'fake/model' } }], {}),
      cwd: dir,
      now,
      identity,
      loadTranslator: async () => {
        loads++;
        return model;
      },
      memory,
      ...extra,
    };
  }

  async function runJson(): Promise<TranslateRunReport> {
    return JSON.parse(await readFile(path.join(out, 'run.json'), 'utf8')) as TranslateRunReport;
  }

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lektor-batch-'));
    input = path.join(dir, 'news');
    out = path.join(dir, 'out');
    await import('node:fs/promises').then((fs) => fs.mkdir(input));
    for (const [name, text] of Object.entries(ARTICLES)) await writeFile(path.join(input, name), text);
    memory = openSqliteMemory(path.join(dir, 'memory.sqlite'));
    model = fakeTranslator();
    loads = 0;
  });

  afterEach(async () => {
    await memory.close();
  });

  it('translates every article of a folder, writes outputs and run.json', async () => {
    const summary = await translateFiles(['news'], options());
    expect(summary.done.map((a) => [a.file, a.sentences, a.recalled])).toEqual([
      ['news/a.txt', 3, 0],
      ['news/b.txt', 2, 0],
      ['news/c.txt', 1, 0],
    ]);
    expect(await readFile(path.join(out, 'a.en.txt'), 'utf8')).toBe('EN(Artikel Alpha beginnt hier.)\n\nEN(Zweiter Satz von Alpha.) EN(Dritter Satz von Alpha.)\n');
    const report = await runJson();
    expect(report).toEqual(summary.report);
    expect(report).toMatchObject({
      status: 'completed',
      inputs: ['news'],
      startedAt: '2024-01-01T00:00:00.000Z',
      model: { id: 'fake/model', identity: 'fake/model', dtype: 'fp32', decoding: { num_beams: 1 }, loaded: true },
      settings: { batchSize: 32, batchTokens: 0, threads: 0, articlesInFlight: 32, formats: ['txt'], outDir: out, memory: path.join(dir, 'memory.sqlite'), glossary: null },
      counts: { articles: 3, translated: 3, fromMemory: 0, failed: 0, pending: 0, sentences: 6, sentencesFromMemory: 0, modelSentences: 6 },
      failures: [],
      pending: [],
    });
    expect(report.counts.modelCalls).toBeGreaterThanOrEqual(1);
  });

  it('reports and skips unreadable articles; the others finish', async () => {
    await writeFile(path.join(input, 'binary.txt'), Buffer.from([0x47, 0x00, 0x01]));
    await writeFile(path.join(input, 'latin1.txt'), Buffer.from('Gr\xfc\xdfe aus K\xf6ln.\n', 'latin1'));
    const summary = await translateFiles(['news'], options());
    expect(summary.failed).toEqual([
      { ok: false, file: 'news/binary.txt', message: 'news/binary.txt: binary file (NUL byte at offset 1), expected UTF-8 text' },
      { ok: false, file: 'news/latin1.txt', message: 'news/latin1.txt:1: invalid UTF-8, expected UTF-8 text' },
    ]);
    expect(summary.done.map((a) => a.file)).toEqual(['news/a.txt', 'news/b.txt', 'news/c.txt']);
    expect((await readdir(out)).filter((f) => f.endsWith('.en.txt')).sort()).toEqual(['a.en.txt', 'b.en.txt', 'c.en.txt']);
    expect(await runJson()).toMatchObject({
      status: 'failures',
      counts: { translated: 3, failed: 2 },
      failures: [
        { file: 'news/binary.txt', reason: 'news/binary.txt: binary file (NUL byte at offset 1), expected UTF-8 text' },
        { file: 'news/latin1.txt', reason: 'news/latin1.txt:1: invalid UTF-8, expected UTF-8 text' },
      ],
    });
  });

  it('answers a re-run from memory without loading the model, with the same bytes', async () => {
    await translateFiles(['news'], options());
    const first = await readFile(path.join(out, 'a.en.txt'));
    expect(loads).toBe(1);
    const again = await translateFiles(['news'], options());
    expect(loads).toBe(1);
    expect((await readFile(path.join(out, 'a.en.txt'))).equals(first)).toBe(true);
    expect(again.report).toMatchObject({
      model: { loaded: false },
      counts: { translated: 0, fromMemory: 3, sentences: 6, sentencesFromMemory: 6, modelCalls: 0 },
      timings: { modelLoadMs: null, modelMs: 0, tokensPerSecond: null },
    });
  });

  it('sends only the new sentences of a changed article to the model', async () => {
    await translateFiles(['news'], options());
    await writeFile(path.join(input, 'c.txt'), 'Artikel Gamma beginnt hier. Neu ist dieser Satz.\n');
    model = fakeTranslator();
    const again = await translateFiles(['news'], options());
    expect(model.batches.flat()).toEqual(['Neu ist dieser Satz.']);
    expect(again.report.counts).toMatchObject({ translated: 1, fromMemory: 2, sentencesFromMemory: 6 });
  });

  it('keeps memory entries apart per dtype: a q8 run does not reuse fp32 translations', async () => {
    await translateFiles(['news'], options());
    model = fakeTranslator((s) => `Q8(${s})`);
    const q8 = await translateFiles(['news'], options({ identity: { ...identity, dtype: 'q8' } }));
    expect(loads).toBe(2);
    expect(q8.report.counts.sentencesFromMemory).toBe(0);
    expect(q8.report.model.dtype).toBe('q8');
  });

  it('translates a sentence that several articles share once', async () => {
    for (const name of ['x.txt', 'y.txt']) await writeFile(path.join(input, name), 'Der Verdacht: Mögliche Spionage.\n');
    const summary = await translateFiles(['news'], options());
    expect(model.batches.flat().filter((s) => s === 'Der Verdacht: Mögliche Spionage.')).toHaveLength(1);
    expect(summary.done.filter((a) => a.name === 'x' || a.name === 'y')).toHaveLength(2);
  });

  it('works without a memory, and says so in run.json', async () => {
    const summary = await translateFiles(['news'], options({ memory: undefined }));
    expect(summary.report.settings.memory).toBeNull();
    expect(summary.report.counts.sentencesFromMemory).toBe(0);
  });

  it('keeps at most articlesInFlight articles in flight', async () => {
    for (const name of ['Delta', 'Epsilon', 'Zeta']) await writeFile(path.join(input, `${name}.txt`), `Artikel ${name} beginnt hier. Zweiter Satz von ${name}.\n`);
    const articlesPerCall: number[] = [];
    const slow: Translator = {
      ...fakeTranslator(),
      async translate(batch) {
        // Give every article that may start time to be read and queue its sentences.
        await new Promise((r) => setTimeout(r, 20));
        articlesPerCall.push(new Set(batch.map((s) => /(?:Artikel|von) (\w+)/.exec(s)?.[1])).size);
        return batch.map((s) => `EN(${s})`);
      },
    };
    await translateFiles(['news'], options({ articlesInFlight: 2, loadTranslator: async () => slow, memory: undefined }));
    expect(articlesPerCall.length).toBeGreaterThan(1);
    expect(Math.max(...articlesPerCall)).toBeLessThanOrEqual(2);
  });

  it('stops at a model that cannot load, leaves the articles pending and says why in run.json', async () => {
    const error = await translateFiles(['news'], options({ loadTranslator: async () => Promise.reject(new ModelError('model directory "m" not found')) })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelError);
    expect(await runJson()).toMatchObject({
      status: 'error',
      error: 'model directory "m" not found',
      counts: { translated: 0, failed: 0, pending: 3 },
      pending: ['news/a.txt', 'news/b.txt', 'news/c.txt'],
    });
    expect((await readdir(out)).filter((f) => f.endsWith('.en.txt'))).toEqual([]);
  });

  it('on interrupt finishes the running call, writes finished articles, and a re-run does the rest from memory', async () => {
    const stop = new AbortController();
    const interrupting: Translator = {
      ...fakeTranslator(),
      async translate(batch) {
        stop.abort();
        return batch.map((s) => `EN(${s})`);
      },
    };
    const config = resolveConfig([{ output: { dir: out, formats: ['txt'] }, translate: { batchSize: 1 } }], {});
    const first = await translateFiles(['news'], options({ config, articlesInFlight: 1, signal: stop.signal, loadTranslator: async () => interrupting }));
    expect(first.report.status).toBe('interrupted');
    expect(first.report.counts.modelSentences).toBe(1);
    expect(first.pending).toEqual(['news/a.txt', 'news/b.txt', 'news/c.txt']);

    const second = await translateFiles(['news'], options({ config }));
    expect(second.report.status).toBe('completed');
    expect(second.report.counts).toMatchObject({ sentencesFromMemory: 1, modelSentences: 5 });
  });

  it('on interrupt disposes the model only after the running call has finished and been remembered', async () => {
    const stop = new AbortController();
    let running = 0;
    let disposedWhileRunning = false;
    let calls = 0;
    const slow: Translator = {
      ...fakeTranslator(),
      async translate(batch) {
        running++;
        // By the second call every article has queued sentences, and this batch mixes articles.
        if (++calls === 2) stop.abort();
        await new Promise((r) => setTimeout(r, 20));
        running--;
        return batch.map((s) => `EN(${s})`);
      },
      async dispose() {
        disposedWhileRunning = running > 0;
      },
    };
    // Articles of several sentences, so a batch holds some of an article's sentences while others wait.
    for (const name of ['Delta', 'Epsilon', 'Zeta', 'Eta']) {
      const sentences = ['Eins', 'Zwei zwei', 'Drei drei drei', 'Vier vier vier vier', 'Fünf fünf fünf fünf fünf'].map((words) => `${words} von ${name}.`);
      await writeFile(path.join(input, `${name}.txt`), `${sentences.join(' ')}\n`);
    }
    const config = resolveConfig([{ output: { dir: out, formats: ['txt'] }, translate: { batchSize: 4 } }], {});
    const summary = await translateFiles(['news'], options({ config, signal: stop.signal, loadTranslator: async () => slow }));
    expect(summary.report.status).toBe('interrupted');
    expect(disposedWhileRunning).toBe(false);
    expect((await memory.stats()).entries).toBe(summary.report.counts.modelSentences);
  });

  it('emits start, a batch per model call, an article per article, and done last', async () => {
    const events: ProgressEvent[] = [];
    await writeFile(path.join(input, 'empty.txt'), Buffer.from([0]));
    await translateFiles(['news'], options({ onProgress: (e) => events.push(e) }));
    expect(events[0]).toEqual({ type: 'start', articles: 4, model: 'fake/model', dtype: 'fp32', memory: path.join(dir, 'memory.sqlite') });
    expect(events.at(-1)).toMatchObject({ type: 'done', runFile: path.join(out, 'run.json'), report: { status: 'failures' } });
    expect(events.filter((e) => e.type === 'model-loaded')).toHaveLength(1);
    const articles = events.flatMap((e) => (e.type === 'article' ? [[e.file, e.status]] : []));
    expect(articles.sort()).toEqual([
      ['news/a.txt', 'translated'],
      ['news/b.txt', 'translated'],
      ['news/c.txt', 'translated'],
      ['news/empty.txt', 'failed'],
    ]);
    const batches = events.filter((e) => e.type === 'batch');
    expect(batches.reduce((n, e) => n + (e.type === 'batch' ? e.rows : 0), 0)).toBe(6);
  });

  it('gives the same bytes one article at a time as eight at once', async () => {
    await translateFiles(['news'], options({ memory: undefined, articlesInFlight: 8 }));
    const together = await Promise.all(['a', 'b', 'c'].map((n) => readFile(path.join(out, `${n}.en.txt`))));
    const outOne = path.join(dir, 'one');
    const config = resolveConfig([{ output: { dir: outOne, formats: ['txt'] }, model: { id: 'fake/model' } }], {});
    await translateFiles(['news'], options({ config, memory: undefined, articlesInFlight: 1 }));
    const alone = await Promise.all(['a', 'b', 'c'].map((n) => readFile(path.join(outOne, `${n}.en.txt`))));
    expect(alone.map((b, i) => b.equals(together[i] as Buffer))).toEqual([true, true, true]);
  });

  it('links the html review pages from an index.html', async () => {
    const config = resolveConfig([{ output: { dir: out, formats: ['html'] } }], {});
    await translateFiles(['news'], options({ config }));
    const index = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(['a', 'b', 'c'].map((n) => index.includes(`href="${n}.review.html"`))).toEqual([true, true, true]);
  });

  it('rejects a nonsensical articlesInFlight before any work', async () => {
    await expect(translateFiles(['news'], options({ articlesInFlight: 0 }))).rejects.toThrow('translateFiles: articlesInFlight must be an integer >= 1, got 0');
    expect(loads).toBe(0);
  });
});
