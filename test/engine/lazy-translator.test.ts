import { describe, expect, it } from 'vitest';
import { lazyTranslator } from '../../pipeline/engine/lazy-translator.js';
import { fakeTranslator } from '../helpers/fake-translator.js';

function counted() {
  const model = fakeTranslator();
  let loads = 0;
  const load = async () => {
    loads++;
    return model;
  };
  return { model, load, loads: () => loads };
}

describe('lazyTranslator', () => {
  it('does not load the model until a sentence needs it', async () => {
    const { load, loads } = counted();
    const lazy = lazyTranslator({ modelId: 'fake/model', dtype: 'q8' }, load);
    expect([lazy.modelId, lazy.dtype, lazy.loaded(), lazy.generatedTokens?.()]).toEqual(['fake/model', 'q8', false, 0]);
    await lazy.dispose();
    expect(loads()).toBe(0);
  });

  it('passes on the scores of the model it loaded', async () => {
    const lazy = lazyTranslator({ modelId: 'fake/model', dtype: 'fp32' }, async () => fakeTranslator(undefined, () => ({ confidence: 0.25, lowConfidence: [] })));
    expect(await lazy.translateScored?.(['a'])).toEqual([{ text: 'EN(a)', confidence: 0.25, lowConfidence: [] }]);
  });

  it('passes on alternatives and completions once loaded, and names a model that has neither', async () => {
    const model = { ...fakeTranslator(), alternatives: async (batch: readonly string[]) => batch.map((s) => [{ text: `EN(${s})`, score: -1 }]), complete: async (batch: readonly string[], prefixes: readonly string[]) => batch.map((_, i) => `${prefixes[i]} x`) };
    const lazy = lazyTranslator({ modelId: 'fake/model', dtype: 'fp32' }, async () => model);
    expect(await lazy.alternatives?.(['a'], 1)).toEqual([[{ text: 'EN(a)', score: -1 }]]);
    expect(await lazy.complete?.(['a'], ['The'])).toEqual(['The x']);
    const plain = lazyTranslator({ modelId: 'fake/model', dtype: 'fp32' }, async () => fakeTranslator());
    await expect(plain.complete?.(['a'], ['The'])).rejects.toThrow('cannot complete a prefix');
  });

  it('loads once for callers that arrive together, and disposes what it loaded', async () => {
    const { model, load, loads } = counted();
    const lazy = lazyTranslator({ modelId: 'fake/model', dtype: 'fp32' }, load);
    expect(await Promise.all([lazy.translate(['a']), lazy.translate(['b'])])).toEqual([['EN(a)'], ['EN(b)']]);
    expect([loads(), lazy.loaded()]).toEqual([1, true]);
    await lazy.dispose();
    expect(model.disposed).toBe(true);
  });

  it("measures inputs by characters until the model is loaded, then by the model's own length", async () => {
    const model = { ...fakeTranslator(), inputLength: (input: string) => input.split(' ').length };
    const lazy = lazyTranslator({ modelId: 'fake/model', dtype: 'fp32' }, async () => model);
    expect(lazy.inputLength?.('drei kurze Wörter')).toBe(17);
    await lazy.load();
    expect(lazy.inputLength?.('drei kurze Wörter')).toBe(3);
  });

  it('loads on request without translating', async () => {
    const { model, load, loads } = counted();
    const lazy = lazyTranslator({ modelId: 'fake/model', dtype: 'fp32' }, load);
    await lazy.load();
    await lazy.load();
    expect([loads(), lazy.loaded(), model.batches]).toEqual([1, true, []]);
  });

  it('passes a load failure to the caller, and disposes without repeating it', async () => {
    const lazy = lazyTranslator({ modelId: 'x', dtype: 'fp32' }, async () => Promise.reject(new Error('model directory "x" not found')));
    await expect(lazy.translate(['a'])).rejects.toThrow('model directory "x" not found');
    await expect(lazy.dispose()).resolves.toBeUndefined();
  });
});
