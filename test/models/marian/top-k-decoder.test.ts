import { cp, lstat, mkdir, mkdtemp, readFile, readdir, readlink, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AutoModelForSeq2SeqLM } from '@huggingface/transformers';
import { beforeEach, describe, expect, it } from 'vitest';
import { filesUnder } from '../../../models/model-source.js';
import { TOP_K, topKModelDir } from '../../../models/marian/top-k-decoder.js';
import { startDecoderRun, type EncodedBatch } from '../../../models/marian/decoder-run.js';
import { loadDerivedModel } from '../../helpers/loaded-model.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';

const DECODER = 'onnx/decoder_model_merged.onnx';

describe('topKModelDir', () => {
  let source: string;
  let derivedRoot: string;

  beforeEach(async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'lektor-top-k-'));
    source = path.join(work, 'model');
    derivedRoot = path.join(work, 'derived');
    await cp(await tinyModelDir(), source, { recursive: true });
  });

  it('copies the decoder with the top-k graph appended and links every other file', async () => {
    const before = await filesUnder(source);
    const dir = await topKModelDir(source, 'fp32', derivedRoot);

    const [original, derived] = await Promise.all([readFile(path.join(source, DECODER)), readFile(path.join(dir, DECODER))]);
    expect(derived.length).toBeGreaterThan(original.length);
    expect(derived.subarray(0, original.length).equals(original)).toBe(true);
    for (const file of before.filter((f) => f !== DECODER)) {
      expect(await readlink(path.join(dir, file)), file).toBe(path.join(source, file));
    }
    expect((await filesUnder(dir)).sort()).toEqual([...before].sort());
    expect(await filesUnder(source)).toEqual(before);

    const model = await AutoModelForSeq2SeqLM.from_pretrained(dir, { local_files_only: true, dtype: 'fp32', device: 'cpu' });
    const outputs = (model.sessions as Record<string, { outputNames: string[] }>).decoder_model_merged?.outputNames;
    await model.dispose();
    expect(outputs).toContain('logits');
    expect(outputs).toEqual(expect.arrayContaining([TOP_K.ids, TOP_K.scores]));
  });

  it('builds once, and again only when the source decoder changes, dropping the old copy', async () => {
    const first = await topKModelDir(source, 'fp32', derivedRoot);
    const built = await lstat(path.join(first, DECODER));
    expect(await topKModelDir(source, 'fp32', derivedRoot)).toBe(first);
    expect((await lstat(path.join(first, DECODER))).ino).toBe(built.ino);

    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(source, DECODER), later, later);
    const second = await topKModelDir(source, 'fp32', derivedRoot);
    expect(second).not.toBe(first);
    expect(await readdir(derivedRoot)).toEqual([path.basename(second)]);
  });

  it('gives concurrent callers one whole copy', async () => {
    const dirs = await Promise.all([1, 2, 3].map(() => topKModelDir(source, 'fp32', derivedRoot)));
    expect(new Set(dirs).size).toBe(1);
    expect(await readdir(derivedRoot)).toEqual([path.basename(dirs[0] as string)]);
    expect((await stat(path.join(dirs[0] as string, DECODER))).size).toBeGreaterThan((await stat(path.join(source, DECODER))).size);
  });

  it('removes a build left by a process that died, and keeps a running one', async () => {
    await mkdir(derivedRoot, { recursive: true });
    // Linux process ids stay below 2^22; this one cannot be running.
    const dead = 'aaaa-bbbb.99999999-0a1b2c3d.tmp';
    const running = `aaaa-bbbb.${process.ppid}-0a1b2c3d.tmp`;
    await Promise.all([mkdir(path.join(derivedRoot, dead)), mkdir(path.join(derivedRoot, running))]);
    const dir = await topKModelDir(source, 'fp32', derivedRoot);
    expect((await readdir(derivedRoot)).sort()).toEqual([running, path.basename(dir)].sort());
  });

  it('does not mirror a cache kept inside the model folder into itself', async () => {
    const inside = path.join(source, '.derived');
    await topKModelDir(source, 'fp32', inside);
    // A rebuild finds the earlier copy inside the folder it mirrors.
    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(source, DECODER), later, later);
    const dir = await topKModelDir(source, 'fp32', inside);
    expect((await filesUnder(dir)).some((file) => file.startsWith('.'))).toBe(false);
    expect(await filesUnder(dir)).toContain(DECODER);
  });

  it('returns the log-probabilities of whichever token ids it is fed', async () => {
    const { model, tokenizer } = await loadDerivedModel(source, derivedRoot);
    const inputs = tokenizer(['Der Geheimdienst']) as EncodedBatch;
    const start = (model.config as { pad_token_id?: number }).pad_token_id ?? 0;
    const best = await (await startDecoderRun(model, inputs, 'test')).step([start], { logProbs: true });
    const fed = await (await startDecoderRun(model, inputs, 'test')).step([start], { tokenIds: [Number(best.ids[1]), Number(best.ids[0])] });
    await model.dispose();
    expect([...(fed.tokenLogProbs ?? [])]).toEqual([best.logProbs?.[1], best.logProbs?.[0]]);
  });

  it('names the missing decoder of an incomplete model', async () => {
    await rm(path.join(source, 'onnx/decoder_model_merged_quantized.onnx'));
    await expect(topKModelDir(source, 'q8', derivedRoot)).rejects.toThrow(/decoder_model_merged_quantized\.onnx/);
  });
});
