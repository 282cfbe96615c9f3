import fs from 'node:fs';
import { AutoModelForSeq2SeqLM, AutoTokenizer, LogLevel, env } from '@huggingface/transformers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tinyModelDir } from '../helpers/tiny-model.js';

const OFFLINE = { local_files_only: true } as const;
// The MarianTokenizer warning, as Lektor silences it.
env.logLevel = LogLevel.ERROR;

/**
 * transformers.js 4.3.1 opened a stream of every local file it located and queued the whole file,
 * unread, even for the ONNX files that ONNX Runtime reads by path: a run held its model files
 * twice. `patches/` makes the stream lazy; these tests fail without it.
 */
describe('transformers.js reading model files (patched)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('opens no stream of the ONNX files when loading a model from a directory', async () => {
    const opened = vi.spyOn(fs, 'createReadStream');
    const model = await AutoModelForSeq2SeqLM.from_pretrained(await tinyModelDir(), { ...OFFLINE, dtype: 'fp32', device: 'cpu' });
    await model.dispose();
    expect(opened.mock.calls.map(([file]) => String(file)).filter((file) => file.endsWith('.onnx'))).toEqual([]);
  });

  it('still streams a file whose body is read (files loaded with a progress callback)', async () => {
    const dir = await tinyModelDir();
    const progress: string[] = [];
    const opened = vi.spyOn(fs, 'createReadStream');
    const streamed = await AutoTokenizer.from_pretrained(dir, { ...OFFLINE, progress_callback: (event: { status: string; file?: string }) => progress.push(`${event.status} ${event.file ?? ''}`) });
    const plain = await AutoTokenizer.from_pretrained(dir, OFFLINE);
    expect(opened.mock.calls.map(([file]) => String(file))).toContain(`${dir}/tokenizer.json`);
    expect(progress).toContain('done tokenizer.json');
    const sentence = 'Der belgische Geheimdienst hat das Logistikzentrum in Lüttich überwacht.';
    expect(streamed.encode(sentence)).toEqual(plain.encode(sentence));
  });
});
