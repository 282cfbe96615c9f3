import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../models/backends.js';
import type { ModelSettings } from '../../models/model-settings.js';
import { modelIdentity, openTranslator } from '../../models/open-translator.js';
import type { Translator } from '../../models/translator.js';
import { tinyModelDir } from '../helpers/tiny-model.js';

/** The model cache: it holds no hub model, and receives the derived decoders. */
const CACHE = await mkdtemp(path.join(tmpdir(), 'lektor-cache-'));

const settings = (over: Partial<ModelSettings>): ModelSettings => ({ id: 'Xenova/opus-mt-de-en', cacheDir: CACHE, offline: true, dtype: 'fp32', threads: 1, cwd: process.cwd(), ...over });

/** What the memory has keyed greedy and beam-search entries by since before there were backends: a change orphans every stored translation. */
const GREEDY = '"decoding":{"num_beams":1,"do_sample":false,"max_tokens_per_source_token":2,"max_tokens_extra":10}';
const BEAMS_4 =
  '"decoding":{"num_beams":4,"do_sample":false,"max_tokens_per_source_token":2,"max_tokens_extra":10,"length_penalty":1,"early_stopping":false,"repeat_ngram_longest":4,"repeat_ngram_times":3}';

/** The one-line refusal of a backend name not in `BACKENDS`. */
const UNKNOWN = expect.objectContaining({ name: 'ModelError', code: 'model', message: 'unknown model backend "nllb"; known backends: marian' });

describe('BACKENDS', () => {
  it('lists Marian, the backend of settings that name none', () => {
    expect(Object.keys(BACKENDS)).toEqual(['marian']);
  });
});

describe('modelIdentity', () => {
  it.each([
    [{}, `{"id":"Xenova/opus-mt-de-en","dtype":"fp32",${GREEDY}}`],
    [{ backend: 'marian', dtype: 'q8' as const }, `{"id":"Xenova/opus-mt-de-en","dtype":"q8",${GREEDY}}`],
    [{ id: 'models/../tiny', cwd: '/work' }, `{"id":"/work/tiny","dtype":"fp32",${GREEDY}}`],
    [{ beams: 4 }, `{"id":"Xenova/opus-mt-de-en","dtype":"fp32",${BEAMS_4}}`],
  ])('%j → %s', (over, identity) => {
    expect(JSON.stringify(modelIdentity(settings(over)))).toBe(identity);
  });

  it('refuses an unknown backend in one line that lists the known ones', () => {
    expect(() => modelIdentity(settings({ backend: 'nllb' }))).toThrow(UNKNOWN);
  });
});

describe('openTranslator', () => {
  let translator: Translator;
  let dir: string;
  beforeAll(async () => {
    dir = await tinyModelDir();
    translator = await openTranslator(settings({ id: dir }));
  }, 60_000);
  afterAll(() => translator.dispose());

  it('opens the generated model with the default backend', async () => {
    expect(await translator.translate(['Geheimdienst überwacht Logistikzentrum', 'Der Verdacht: Mögliche Spionage.'])).toEqual([
      'intelligence service monitors logistics centre',
      'The suspicion: Possible espionage.',
    ]);
  });

  it('names the model it opened as modelIdentity does without loading it', () => {
    expect(JSON.stringify(modelIdentity(settings({ id: dir })))).toBe(`{"id":${JSON.stringify(dir)},"dtype":"fp32",${GREEDY}}`);
    expect([translator.modelId, translator.dtype]).toEqual([dir, 'fp32']);
  });

  it('refuses an unknown backend in one line that lists the known ones', async () => {
    await expect(openTranslator(settings({ id: dir, backend: 'nllb' }))).rejects.toThrow(UNKNOWN);
  });
});
