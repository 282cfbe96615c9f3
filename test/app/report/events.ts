import type { ProgressEvent } from '../../../pipeline/app/translate/progress.js';
import type { Reporter, ReporterStreams } from '../../../pipeline/app/report/reporter.js';
import type { TranslateRunReport } from '../../../pipeline/app/deliver/run-report.js';
import { mergeMatchAnalyses } from '../../../pipeline/engine/memory/match-analysis.js';

/** A finished run's report, with the counts a test sets. */
export function report(overrides: Partial<TranslateRunReport> = {}, counts: Partial<TranslateRunReport['counts']> = {}): TranslateRunReport {
  return {
    tool: 'lektor 0.1.0',
    status: 'completed',
    startedAt: '2024-01-01T00:00:00.000Z',
    finishedAt: '2024-01-01T00:00:01.000Z',
    inputs: ['news'],
    model: { id: 'fake/model', identity: 'fake/model', dtype: 'fp32', decoding: {}, loaded: true },
    settings: { batchSize: 8, batchTokens: 0, threads: 0, articlesInFlight: 8, formats: ['txt'], outDir: '/out', memory: null, glossary: null },
    counts: { articles: 3, translated: 2, fromMemory: 1, failed: 0, pending: 0, sentences: 9, sentencesFromMemory: 3, modelCalls: 1, modelSentences: 6, generatedTokens: 60, ...counts },
    timings: { totalMs: 1000, modelLoadMs: 10, modelMs: 500, tokensPerSecond: 120 },
    failures: [],
    pending: [],
    qa: null,
    matches: { total: mergeMatchAnalyses([]), articles: {} },
    ...overrides,
  };
}

/** A small run: three articles, one of them failed. */
export const RUN: readonly ProgressEvent[] = [
  { type: 'start', articles: 3, model: 'fake/model', dtype: 'fp32', memory: null },
  { type: 'model-loaded', ms: 10 },
  { type: 'batch', rows: 5, tokens: 50, ms: 400 },
  { type: 'article', file: 'news/a.txt', status: 'translated', sentences: 5, recalled: 2, outputs: ['/out/a.en.txt'] },
  { type: 'article', file: 'news/b.txt', status: 'failed', sentences: 0, recalled: 0, outputs: [], reason: 'news/b.txt: binary file (NUL byte at offset 1), expected UTF-8 text' },
  { type: 'article', file: 'news/c.txt', status: 'memory', sentences: 3, recalled: 3, outputs: ['/out/c.en.txt'] },
  {
    type: 'done',
    runFile: '/out/run.json',
    report: report({ status: 'failures', failures: [{ file: 'news/b.txt', reason: 'news/b.txt: binary file' }] }, { translated: 1, fromMemory: 1, failed: 1 }),
  },
];

/** A first run's model download: two files, the second resumed from an interrupted run. */
export const DOWNLOAD: readonly ProgressEvent[] = [
  { type: 'download-start', model: 'Acme/tiny', hub: 'http://127.0.0.1:9', files: 2, bytes: 3_001_000, resumed: 1_000_000 },
  { type: 'download-progress', model: 'Acme/tiny', file: 'config.json', received: 0, bytes: 1000 },
  { type: 'download-file', model: 'Acme/tiny', file: 'config.json', bytes: 1000, ms: 10, resumedFrom: 0, verified: 'git-sha1' },
  { type: 'download-progress', model: 'Acme/tiny', file: 'onnx/encoder_model.onnx', received: 1_000_000, bytes: 3_000_000 },
  { type: 'download-progress', model: 'Acme/tiny', file: 'onnx/encoder_model.onnx', received: 2_000_000, bytes: 3_000_000 },
  { type: 'download-file', model: 'Acme/tiny', file: 'onnx/encoder_model.onnx', bytes: 3_000_000, ms: 1000, resumedFrom: 1_000_000, verified: 'sha256' },
  { type: 'download-done', model: 'Acme/tiny', files: 2, bytes: 3_001_000, ms: 1010 },
];

/** `RUN` whose model is downloaded when the first sentence needs it. */
export const FIRST_RUN: readonly ProgressEvent[] = [RUN[0] as ProgressEvent, ...DOWNLOAD, ...RUN.slice(1)];

/** Collects what a reporter writes. */
function sink(isTTY = false) {
  const sink = { text: '', isTTY, columns: 100, write: (chunk: string) => (sink.text += chunk) };
  return sink;
}

/** Feeds events (`RUN` unless told) to a reporter and returns what it wrote where. */
export function play(reporter: (streams: ReporterStreams) => Reporter, isTTY = false, events: readonly ProgressEvent[] = RUN): { stdout: string; stderr: string } {
  const stdout = sink(isTTY);
  const stderr = sink(isTTY);
  const report = reporter({ stdout, stderr });
  for (const event of events) report(event);
  return { stdout: stdout.text, stderr: stderr.text };
}
