import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AutoModelForSeq2SeqLM,
  AutoTokenizer,
  LogLevel,
  env,
  pipeline,
  type PreTrainedModel,
  type PreTrainedTokenizer,
  Tensor,
} from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../models/generate/cli.js';
import { MARIAN_FILES } from '../../models/generate/marian-layout.js';
import { writeTinyModel } from '../../models/generate/tiny-model.js';
import { tinyModelDir } from '../helpers/tiny-model.js';

const OFFLINE = { local_files_only: true } as const;
const GREEDY = { num_beams: 1, do_sample: false, max_new_tokens: 128 } as const;

/** Word-for-word by construction: these strings check the mechanism, not translation quality. */
const EXPECTED: readonly (readonly [german: string, english: string])[] = [
  ['Geheimdienst überwacht Logistikzentrum', 'intelligence service monitors logistics centre'],
  [
    'Geheimdienst überwacht Logistikzentrum Alibaba unter Spionageverdacht in Belgien Stand: 05.10.2023 12:07 Uhr',
    "intelligence service monitors logistics centre Alibaba under suspicion of espionage in Belgium As of: 05.10.2023 12:07 o'clock",
  ],
  [
    'Belgische Sicherheitsbehörden haben laut "Financial Times" das europäische Logistik-Drehkreuz des chinesischen Online-Händlers Alibaba ins Visier genommen.',
    'Belgian security authorities have according to "Financial Times" the European logistics hub of the Chinese online retailer Alibaba into the sights taken.',
  ],
  ['Der Verdacht: Mögliche Spionage.', 'The suspicion: Possible espionage.'],
  [
    'Der Geheimdienst bestätigte, er arbeite daran, "mögliche Spionage- oder Einmischungsaktivitäten" durch chinesische Unternehmen wie Alibaba aufzudecken, so die Zeitung.',
    'The intelligence service confirmed, it is working on it, "possible espionage- or interference activities" by Chinese companies such as Alibaba to uncover, thus the newspaper.',
  ],
];

async function readFiles(dir: string): Promise<Buffer[]> {
  return Promise.all(MARIAN_FILES.map((file) => readFile(join(dir, file))));
}

describe('writeTinyModel', () => {
  let dir: string;
  let second: string;

  beforeAll(async () => {
    dir = await tinyModelDir();
    second = await mkdtemp(join(tmpdir(), 'lektor-tiny-model-again-'));
    await writeTinyModel(second);
  }, 30_000);

  afterAll(async () => {
    await rm(second, { recursive: true, force: true });
  });

  it.each(MARIAN_FILES)('writes %s', async (file) => {
    expect((await stat(join(dir, file))).size).toBeGreaterThan(0);
  });

  it('writes the same bytes every time', async () => {
    const [a, b] = await Promise.all([readFiles(dir), readFiles(second)]);
    a.forEach((bytes, i) => expect(bytes.equals(b[i] as Buffer), MARIAN_FILES[i]).toBe(true));
  });

  it('follows the opus-mt-de-en id conventions', async () => {
    const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8'));
    const generation = JSON.parse(await readFile(join(dir, 'generation_config.json'), 'utf8'));
    const tokenizer = JSON.parse(await readFile(join(dir, 'tokenizer.json'), 'utf8'));
    const pad = config.vocab_size - 1;
    expect(config).toMatchObject({
      model_type: 'marian',
      architectures: ['MarianMTModel'],
      is_encoder_decoder: true,
      pad_token_id: pad,
      decoder_start_token_id: pad,
      eos_token_id: 0,
      forced_eos_token_id: 0,
      bad_words_ids: [[pad]],
    });
    expect(generation).toMatchObject({ num_beams: 4, max_length: 512, decoder_start_token_id: pad, bad_words_ids: [[pad]] });
    expect(tokenizer.model.vocab.length).toBe(config.vocab_size);
    expect([tokenizer.model.vocab[0][0], tokenizer.model.vocab[1][0], tokenizer.model.vocab[pad][0]]).toEqual(['</s>', '<unk>', '<pad>']);
  });
});

describe('the tiny model in transformers.js', () => {
  let dir: string;
  let tokenizer: PreTrainedTokenizer;
  let model: PreTrainedModel;
  const logLevel = env.logLevel;
  const allowRemoteModels = env.allowRemoteModels;
  // transformers.js swallows some fetch errors (file metadata), so calls are counted too.
  const noNetwork = vi.fn(() => {
    throw new Error('the tiny model must load without network access');
  });

  async function translate(batch: string[], m: PreTrainedModel = model): Promise<string[]> {
    const encoded = tokenizer(batch, { padding: true, truncation: true });
    const output = (await m.generate({ ...encoded, ...GREEDY })) as Tensor;
    return tokenizer.batch_decode(output, { skip_special_tokens: true });
  }

  beforeAll(async () => {
    vi.stubGlobal('fetch', noNetwork);
    env.allowRemoteModels = false;
    // MarianTokenizer warns on every load that it is not a "fast" tokenizer.
    env.logLevel = LogLevel.ERROR;
    dir = await tinyModelDir();
    [tokenizer, model] = await Promise.all([
      AutoTokenizer.from_pretrained(dir, OFFLINE),
      AutoModelForSeq2SeqLM.from_pretrained(dir, { ...OFFLINE, dtype: 'fp32', device: 'cpu' }),
    ]);
  }, 30_000);

  afterAll(async () => {
    await model?.dispose();
    env.logLevel = logLevel;
    env.allowRemoteModels = allowRemoteModels;
    vi.unstubAllGlobals();
  });

  it.each(EXPECTED)('translates %j word for word', async (german, english) => {
    expect(await translate([german])).toEqual([english]);
  });

  it('copies words the lexicon does not know', async () => {
    expect(await translate(['Geheimdienst überwacht Quickenborne'])).toEqual(['intelligence service monitors Quickenborne']);
  });

  it('copies English put into the source', async () => {
    expect(await translate(['Der belgische intelligence service hat'])).toEqual(['The Belgian intelligence service has']);
  });

  it('gives a padded batch the outputs of single sentences', async () => {
    const batch = EXPECTED.map(([german]) => german);
    const singles = await Promise.all(batch.map(async (german) => (await translate([german]))[0]));
    expect(await translate(batch)).toEqual(singles);
  });

  it('reads source position past-length + i, or i when use_cache_branch is false', async () => {
    const size = tokenizer.get_vocab().size;
    const width = (model.config as unknown as { d_model: number }).d_model;
    const source = tokenizer(['Geheimdienst überwacht Logistikzentrum']);
    const encoder = await model.sessions.model.run({ input_ids: source.input_ids.ort_tensor, attention_mask: source.attention_mask.ort_tensor });
    const placeholder = new Tensor('float32', new Float32Array(width), [1, 1, 1, width]).ort_tensor;
    const step = async (decoderIds: number[], useCache: boolean) => {
      const out = await model.sessions.decoder_model_merged.run({
        encoder_attention_mask: source.attention_mask.ort_tensor,
        input_ids: new Tensor('int64', BigInt64Array.from(decoderIds, BigInt), [1, decoderIds.length]).ort_tensor,
        encoder_hidden_states: encoder.last_hidden_state,
        'past_key_values.0.decoder.key': placeholder,
        'past_key_values.0.decoder.value': placeholder,
        'past_key_values.0.encoder.key': placeholder,
        'past_key_values.0.encoder.value': placeholder,
        use_cache_branch: new Tensor('bool', [useCache], [1]).ort_tensor,
      });
      const logits = out.logits.data as Float32Array;
      const best = decoderIds.map((_, i) => {
        const row = Array.from(logits.subarray(i * size, (i + 1) * size));
        return row.indexOf(Math.max(...row));
      });
      return { text: tokenizer.decode(best), cache: out['present.0.decoder.key'].dims };
    };
    const pad = size - 1;
    expect(await step([pad, 2, 3], false)).toEqual({ text: 'intelligence service monitors logistics centre', cache: [1, 1, 3, width] });
    expect(await step([3], true)).toEqual({ text: 'monitors', cache: [1, 1, 2, width] });
  });

  it('tokenizes the seed article without <unk>', async () => {
    const article = await readFile(new URL('../../seeds/alibaba-liege-espionage.de.txt', import.meta.url), 'utf8');
    const ids = tokenizer(article.split('\n').filter(Boolean), { padding: true }).input_ids.tolist().flat();
    expect(ids).not.toContain(1n);
  });

  it('loads the quantized files with dtype q8', async () => {
    const q8 = await AutoModelForSeq2SeqLM.from_pretrained(dir, { ...OFFLINE, dtype: 'q8', device: 'cpu' });
    try {
      const [german, english] = EXPECTED[2] as readonly [string, string];
      expect(await translate([german], q8)).toEqual([english]);
    } finally {
      await q8.dispose();
    }
  }, 30_000);

  it('works through the translation pipeline with the generation config defaults', async () => {
    const translator = await pipeline('translation', dir, { ...OFFLINE, dtype: 'fp32', device: 'cpu' });
    try {
      const output = await translator(EXPECTED.map(([german]) => german));
      expect(output).toEqual(EXPECTED.map(([, english]) => ({ translation_text: english })));
    } finally {
      await translator.dispose();
    }
  }, 30_000);

  it('never reaches for the network', () => {
    expect(noNetwork).not.toHaveBeenCalled();
  });
});

describe('make-test-model', () => {
  function capture(cwd = tmpdir()) {
    const out = { stdout: '', stderr: '' };
    const io = { stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) }, cwd };
    return { out, io };
  }

  it('writes a kind of model into a directory relative to the working directory', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'lektor-make-test-model-'));
    try {
      const { out, io } = capture(cwd);
      expect(await main(['tiny', 'model'], io)).toBe(0);
      expect(out.stdout).toBe(`wrote tiny model to ${join(cwd, 'model')}\n`);
      expect((await stat(join(cwd, 'model', 'onnx', 'encoder_model.onnx'))).isFile()).toBe(true);
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });

  it.each([
    [[], 'make-test-model: expected a model kind and a directory\nusage: make-test-model <tiny|bench> <dir> [--dtype fp32|q8]\n'],
    [['tiny'], 'make-test-model: expected a model kind and a directory\nusage: make-test-model <tiny|bench> <dir> [--dtype fp32|q8]\n'],
    [['huge', 'dir'], 'make-test-model: unknown model kind `huge`, expected one of: tiny, bench\n'],
  ])('exits 2 for %j', async (argv, message) => {
    const { out, io } = capture();
    expect(await main(argv, io)).toBe(2);
    expect(out.stderr).toBe(message);
  });
});
