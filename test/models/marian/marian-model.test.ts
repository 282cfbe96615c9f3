import fs from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AutoConfig, AutoModelForSeq2SeqLM, AutoTokenizer, LogLevel, MarianMTModel, env, type PreTrainedModel, type Tensor } from '@huggingface/transformers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openMarianModel } from '../../../models/marian/marian-model.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';

const OFFLINE = { local_files_only: true } as const;
// The MarianTokenizer warning, as Lektor silences it.
env.logLevel = LogLevel.ERROR;

interface Session {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  run(feeds: Record<string, unknown>): Promise<Record<string, Tensor['ort_tensor']>>;
}

/** What decoding reads of a model: its sessions' names, its configs, and the encoder's states for a sentence. */
async function readingOf(model: PreTrainedModel, dir: string) {
  const tokenizer = await AutoTokenizer.from_pretrained(dir, OFFLINE);
  const inputs = tokenizer(['Der belgische Geheimdienst hat das Logistikzentrum in Lüttich überwacht.']) as { input_ids: Tensor; attention_mask: Tensor };
  const sessions = model.sessions as Record<string, Session>;
  const states = await sessions.model?.run({ input_ids: inputs.input_ids.ort_tensor, attention_mask: inputs.attention_mask.ort_tensor });
  return {
    sessions: Object.fromEntries(Object.entries(sessions).map(([name, s]) => [name, { inputs: s.inputNames, outputs: s.outputNames }])),
    config: model.config,
    generation: model.generation_config,
    states: Array.from(states?.last_hidden_state?.data as Float32Array),
  };
}

describe('openMarianModel', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(['fp32', 'q8'] as const)('opens the %s model as from_pretrained does: same class, sessions, configs and encoder states', async (dtype) => {
    const dir = await tinyModelDir();
    const config = await AutoConfig.from_pretrained(dir, OFFLINE);
    const ours = await openMarianModel(dir, dtype, config, {});
    const theirs = await AutoModelForSeq2SeqLM.from_pretrained(dir, { ...OFFLINE, dtype, device: 'cpu' });
    try {
      expect(ours).toBeInstanceOf(MarianMTModel);
      expect(await readingOf(ours, dir)).toEqual(await readingOf(theirs, dir));
    } finally {
      await Promise.all([ours.dispose(), theirs.dispose()]);
    }
  });

  it('leaves the ONNX files to ONNX Runtime: JavaScript streams neither', async () => {
    const dir = await tinyModelDir();
    const config = await AutoConfig.from_pretrained(dir, OFFLINE);
    const opened = vi.spyOn(fs, 'createReadStream');
    const model = await openMarianModel(dir, 'fp32', config, {});
    await model.dispose();
    expect(opened.mock.calls.map(([file]) => String(file)).filter((file) => file.endsWith('.onnx'))).toEqual([]);
  });

  it('opens the dtype\'s files: a folder of only the q8 files opens as q8, and as fp32 fails naming the missing encoder', async () => {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'lektor-q8-only-')), 'model');
    await cp(await tinyModelDir(), dir, { recursive: true });
    await Promise.all(['encoder_model.onnx', 'decoder_model_merged.onnx'].map((file) => rm(path.join(dir, 'onnx', file))));
    const config = await AutoConfig.from_pretrained(dir, OFFLINE);
    await (await openMarianModel(dir, 'q8', config, {})).dispose();
    await expect(openMarianModel(dir, 'fp32', config, {})).rejects.toThrow(path.join(dir, 'onnx/encoder_model.onnx'));
  });
});
