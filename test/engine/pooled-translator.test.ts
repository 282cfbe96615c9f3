import { describe, expect, it } from 'vitest';
import type { Translator } from '../../models/translator.js';
import { pooledTranslator, type BatchReport } from '../../pipeline/engine/pooled-translator.js';
import { fakeTranslator } from '../helpers/fake-translator.js';

/** A model whose calls finish only when the test says so, and which notes how many ran at once. */
function gatedTranslator() {
  const calls: { batch: string[]; release: () => void; fail: (e: unknown) => void }[] = [];
  let active = 0;
  let mostAtOnce = 0;
  const translator: Translator = {
    modelId: 'gated',
    dtype: 'fp32',
    translate: (batch) =>
      new Promise<string[]>((resolve, reject) => {
        active++;
        mostAtOnce = Math.max(mostAtOnce, active);
        const done = (): void => void active--;
        calls.push({
          batch: [...batch],
          release: () => {
            done();
            resolve(batch.map((s) => `EN(${s})`));
          },
          fail: (e) => {
            done();
            reject(e);
          },
        });
      }),
    dispose: async () => undefined,
  };
  return { translator, calls, mostAtOnce: () => mostAtOnce };
}

/** Waits until the pool has handed the gated model `n` calls. */
async function callsReach(calls: readonly unknown[], n: number): Promise<void> {
  for (let i = 0; i < 200 && calls.length < n; i++) await new Promise((r) => setTimeout(r, 1));
  expect(calls.length).toBe(n);
}

describe('pooledTranslator', () => {
  it('pools the sentences of callers in flight into one length-sorted call', async () => {
    const model = fakeTranslator();
    const pool = pooledTranslator(model, { batchSize: 8 });
    const results = await Promise.all([pool.translate(['Ein langer Satz hier.', 'Ja.']), pool.translate(['Mittel lang.']), pool.translate(['Kurz.', 'Nein.'])]);
    expect(results).toEqual([['EN(Ein langer Satz hier.)', 'EN(Ja.)'], ['EN(Mittel lang.)'], ['EN(Kurz.)', 'EN(Nein.)']]);
    expect(model.batches).toEqual([['Ja.', 'Kurz.', 'Nein.', 'Mittel lang.', 'Ein langer Satz hier.']]);
  });

  it('passes required terms on with their sentences, and tells a sentence with other terms apart', async () => {
    const model = fakeTranslator((s, required) => `EN(${[s, ...required].join('+')})`);
    const pool = pooledTranslator(model, { batchSize: 8 });
    const results = await Promise.all([pool.translate(['Ja.', 'Nein.'], [['yes'], []]), pool.translate(['Ja.']), pool.translate(['Ja.'], [['yes']])]);
    expect(results).toEqual([['EN(Ja.+yes)', 'EN(Nein.)'], ['EN(Ja.)'], ['EN(Ja.+yes)']]);
    expect(model.batches).toEqual([['Ja.', 'Ja.', 'Nein.']]);
    expect(model.required).toEqual([[['yes'], [], []]]);
  });

  it('sends at most batchSize sentences per call, one call at a time', async () => {
    const gated = gatedTranslator();
    const pool = pooledTranslator(gated.translator, { batchSize: 2 });
    const pending = Promise.all(['a', 'bb', 'ccc', 'dddd', 'eeeee'].map((s) => pool.translate([s])));
    for (let n = 1; n <= 3; n++) {
      await callsReach(gated.calls, n);
      gated.calls[n - 1]?.release();
    }
    expect(await pending).toEqual([['EN(a)'], ['EN(bb)'], ['EN(ccc)'], ['EN(dddd)'], ['EN(eeeee)']]);
    expect(gated.calls.map((c) => c.batch.length)).toEqual([2, 2, 1]);
    expect(gated.mostAtOnce()).toBe(1);
  });

  it('sends a sentence that several callers want only once', async () => {
    const model = fakeTranslator();
    const pool = pooledTranslator(model, { batchSize: 8 });
    const results = await Promise.all([pool.translate(['Ja.', 'Nein.']), pool.translate(['Ja.'])]);
    expect(results).toEqual([['EN(Ja.)', 'EN(Nein.)'], ['EN(Ja.)']]);
    expect(model.batches.flat()).toEqual(['Ja.', 'Nein.']);
  });

  it('on abort finishes the running call (idle waits for it) and rejects what waits, now and later', async () => {
    const gated = gatedTranslator();
    const stop = new AbortController();
    const pool = pooledTranslator(gated.translator, { batchSize: 1, signal: stop.signal });
    const first = expect(pool.translate(['eins'])).resolves.toEqual(['EN(eins)']);
    const second = expect(pool.translate(['zwei'])).rejects.toThrow('interrupted');
    await callsReach(gated.calls, 1);
    stop.abort(new Error('interrupted'));
    await second;
    let idle = false;
    const whenIdle = pool.idle().then(() => (idle = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(idle).toBe(false);
    gated.calls[0]?.release();
    await first;
    await whenIdle;
    await expect(pool.translate(['drei'])).rejects.toThrow('interrupted');
    expect(gated.calls).toHaveLength(1);
  });

  it('fails only the sentences of a failed call; later calls still run', async () => {
    const gated = gatedTranslator();
    const pool = pooledTranslator(gated.translator, { batchSize: 1 });
    const first = expect(pool.translate(['eins'])).rejects.toThrow('onnx exploded');
    const second = expect(pool.translate(['zwei'])).resolves.toEqual(['EN(zwei)']);
    await callsReach(gated.calls, 1);
    gated.calls[0]?.fail(new Error('onnx exploded'));
    await callsReach(gated.calls, 2);
    gated.calls[1]?.release();
    await first;
    await second;
  });

  it("cuts batches by the model's own input lengths, measuring each sentence once", async () => {
    const model = fakeTranslator();
    const measured: string[] = [];
    // Word count stands in for tokens: by characters the two long words would pair with the short sentences.
    const inputLength = (input: string) => (measured.push(input), input.split(' ').length);
    const pool = pooledTranslator({ ...model, inputLength }, { batchSize: 2 });
    await Promise.all(['Bundesverfassungsgericht', 'Ja so', 'Oberlandesgericht', 'Nein so'].map((s) => pool.translate([s])));
    expect(model.batches).toEqual([
      ['Bundesverfassungsgericht', 'Oberlandesgericht'],
      ['Ja so', 'Nein so'],
    ]);
    expect(measured.sort()).toEqual(['Bundesverfassungsgericht', 'Ja so', 'Nein so', 'Oberlandesgericht']);
  });

  it('reports each call: sentences and the tokens the model says it generated', async () => {
    let tokens = 0;
    const model: Translator = {
      ...fakeTranslator(),
      translate: async (batch) => {
        tokens += batch.length * 3;
        return batch.map((s) => s.toUpperCase());
      },
      generatedTokens: () => tokens,
    };
    const reports: BatchReport[] = [];
    const pool = pooledTranslator(model, { batchSize: 2, onBatch: (b) => reports.push(b) });
    await Promise.all([pool.translate(['a', 'b']), pool.translate(['c'])]);
    expect(reports.map(({ rows, tokens }) => ({ rows, tokens }))).toEqual([
      { rows: 2, tokens: 6 },
      { rows: 1, tokens: 3 },
    ]);
  });

  it('waits for the warm-up before cutting the first batch, so late sentences share it', async () => {
    const model = fakeTranslator();
    let warmed: () => void = () => undefined;
    const pool = pooledTranslator(model, { batchSize: 8, warmUp: () => new Promise((r) => (warmed = r)) });
    const early = pool.translate(['Früh.']);
    await new Promise((r) => setTimeout(r, 5));
    const late = pool.translate(['Spät.']);
    warmed();
    expect(await Promise.all([early, late])).toEqual([['EN(Früh.)'], ['EN(Spät.)']]);
    expect(model.batches).toEqual([['Früh.', 'Spät.']]);
  });

  it.each([0, 1.5, Number.NaN])('rejects batchSize %s when built', (batchSize) => {
    expect(() => pooledTranslator(fakeTranslator(), { batchSize })).toThrow(`pooledTranslator: batchSize must be an integer >= 1, got ${String(batchSize)}`);
  });

  it.each([0, 2.5, Number.NaN])('rejects batchTokens %s when built', (batchTokens) => {
    expect(() => pooledTranslator(fakeTranslator(), { batchSize: 8, batchTokens })).toThrow(`pooledTranslator: batchTokens must be an integer >= 1, got ${String(batchTokens)}`);
  });
});

describe('pooledTranslator with a token budget', () => {
  /** Words stand in for the model's tokens. */
  const words = (input: string): number => input.split(' ').length;
  const padded = (batch: readonly string[]): number => batch.length * Math.max(...batch.map(words));

  it("fills each call up to the budget from every document's sentences, by length; the over-long sentence alone; every output in its place", async () => {
    const model = fakeTranslator();
    const pool = pooledTranslator({ ...model, inputLength: words }, { batchSize: 32, batchTokens: 12 });
    const documents = [
      ['Ja.', 'Drei Wörter hier.', 'Ein Satz aus sechs Wörtern hier.', 'Gut.'],
      ['Nein.', 'Noch drei Wörter.', 'Ein Satz aus viel mehr als zwölf Wörtern, der einfach immer weiter und weiter geht.'],
      ['Doch.', 'Wieder drei Wörter.', 'Auch dieser Satz hat sechs Wörter.', 'So.'],
    ];
    const results = await Promise.all(documents.map((d) => pool.translate(d)));
    expect(results).toEqual(documents.map((d) => d.map((s) => `EN(${s})`)));
    expect(model.batches).toEqual([
      ['Ja.', 'Gut.', 'Nein.', 'Doch.', 'So.'],
      ['Drei Wörter hier.', 'Noch drei Wörter.', 'Wieder drei Wörter.'],
      ['Ein Satz aus sechs Wörtern hier.', 'Auch dieser Satz hat sechs Wörter.'],
      ['Ein Satz aus viel mehr als zwölf Wörtern, der einfach immer weiter und weiter geht.'],
    ]);
    for (const batch of model.batches.filter((b) => b.length > 1)) expect(padded(batch)).toBeLessThanOrEqual(12);
  });

  it('takes the oldest waiting sentence into the next call, though shorter ones would fill it more', async () => {
    const gated = gatedTranslator();
    const pool = pooledTranslator({ ...gated.translator, inputLength: words }, { batchSize: 32, batchTokens: 4 });
    const pending = [pool.translate(['eins zwei drei vier fünf'])];
    await callsReach(gated.calls, 1);
    pending.push(pool.translate(['älter als die anderen']), pool.translate(['a', 'b', 'c', 'd', 'e']));
    for (let n = 1; n <= 4; n++) {
      await callsReach(gated.calls, n);
      gated.calls[n - 1]?.release();
    }
    expect(await Promise.all(pending)).toEqual([['EN(eins zwei drei vier fünf)'], ['EN(älter als die anderen)'], ['EN(a)', 'EN(b)', 'EN(c)', 'EN(d)', 'EN(e)']]);
    expect(gated.calls.map((c) => c.batch)).toEqual([['eins zwei drei vier fünf'], ['älter als die anderen'], ['a', 'b', 'c', 'd'], ['e']]);
  });

  it('takes no more sentences than batchSize, however short', async () => {
    const model = fakeTranslator();
    const pool = pooledTranslator({ ...model, inputLength: words }, { batchSize: 3, batchTokens: 100 });
    await pool.translate(['a', 'b', 'c', 'd', 'e']);
    expect(model.batches).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });
});

describe('pooledTranslator: alternatives and completions', () => {
  /** A model that notes each call: its kind and inputs. */
  function recordingTranslator() {
    const calls: string[] = [];
    const translator: Translator = {
      modelId: 'recording',
      dtype: 'fp32',
      translate: async (batch) => {
        calls.push(`translate ${batch.join('|')}`);
        return batch.map((s) => `EN(${s})`);
      },
      alternatives: async (batch, n) => {
        calls.push(`alternatives ${n} ${batch.join('|')}`);
        return batch.map((s) => Array.from({ length: n }, (_, i) => ({ text: `EN${i}(${s})`, score: -i })));
      },
      complete: async (batch, prefixes) => {
        calls.push(`complete ${batch.join('|')}`);
        return batch.map((s, i) => `${prefixes[i]}…(${s})`);
      },
      dispose: async () => undefined,
    };
    return { translator, calls };
  }

  it('gives requests of one kind arriving together one model call, each kind (and n) its own, the same request once', async () => {
    const { translator, calls } = recordingTranslator();
    const pool = pooledTranslator(translator, { batchSize: 8 });
    const [a, b, c, d, e, f] = await Promise.all([
      pool.complete?.(['Hund'], ['The d']),
      pool.complete?.(['Katze'], ['The c']),
      pool.complete?.(['Hund'], ['The d']),
      pool.alternatives?.(['Hund'], 2),
      pool.alternatives?.(['Katze'], 3),
      pool.translate(['Hund']),
    ]);
    expect([a, b, c, f]).toEqual([['The d…(Hund)'], ['The c…(Katze)'], ['The d…(Hund)'], ['EN(Hund)']]);
    expect(d?.[0]?.map((x) => x.text)).toEqual(['EN0(Hund)', 'EN1(Hund)']);
    expect(e?.[0]).toHaveLength(3);
    expect(calls).toEqual(['complete Hund|Katze', 'alternatives 2 Hund', 'alternatives 3 Katze', 'translate Hund']);
  });

  it('offers neither where the model has neither', () => {
    const pool = pooledTranslator(fakeTranslator(), { batchSize: 8 });
    expect([pool.alternatives, pool.complete]).toEqual([undefined, undefined]);
  });
});
