import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModelIdentity } from '../../../models/translator.js';
import { recallingTranslator } from '../../../pipeline/engine/memory/recalling-translator.js';
import { openSqliteMemory } from '../../../pipeline/engine/memory/sqlite-memory.js';
import { fakeTranslator } from '../../helpers/fake-translator.js';

const model: ModelIdentity = { id: 'fake/model', dtype: 'fp32', decoding: {} };
const meta = { origin: 'model', createdAt: '2024-01-01T00:00:00.000Z', tool: 'lektor test' } as const;

async function memoryWith(pairs: readonly (readonly [string, string])[]) {
  const memory = openSqliteMemory(path.join(await mkdtemp(path.join(tmpdir(), 'lektor-recall-')), 'm.sqlite'));
  await memory.record(model, pairs.map(([source, text]) => [source, { text }] as const), meta);
  return memory;
}

describe('recallingTranslator', () => {
  it('answers remembered inputs itself and sends only the rest, in order', async () => {
    const memory = await memoryWith([['Eins.', 'One (remembered).'], ['Drei.', 'Three (remembered).']]);
    const inner = fakeTranslator();
    const counts: [number, number][] = [];
    const translator = recallingTranslator(inner, memory, model, (hits, misses) => counts.push([hits, misses]));
    expect(await translator.translate(['Eins.', 'Zwei.', 'Drei.', 'Vier.'])).toEqual(['One (remembered).', 'EN(Zwei.)', 'Three (remembered).', 'EN(Vier.)']);
    expect(inner.batches).toEqual([['Zwei.', 'Vier.']]);
    expect(counts).toEqual([[2, 2]]);
    await memory.close();
  });

  it('remembers an input with its required terms apart from the input alone', async () => {
    const memory = await memoryWith([['Eins.', 'One.'], ['Zwei.\ntwo', 'Two (with the term).']]);
    const inner = fakeTranslator((s, required) => `EN(${[s, ...required].join('+')})`);
    const translator = recallingTranslator(inner, memory, model);
    expect(await translator.translate(['Eins.', 'Zwei.', 'Eins.'], [['one'], ['two'], []])).toEqual(['EN(Eins.+one)', 'Two (with the term).', 'One.']);
    expect(inner.required).toEqual([[['one']]]);
    await memory.close();
  });

  it('does not call the model at all when everything is remembered', async () => {
    const memory = await memoryWith([['Eins.', 'One.']]);
    const inner = fakeTranslator();
    expect(await recallingTranslator(inner, memory, model).translate(['Eins.', 'Eins.'])).toEqual(['One.', 'One.']);
    expect(inner.batches).toEqual([]);
    await memory.close();
  });

  it('answers with the scores remembered with a translation, and the model\'s for the rest', async () => {
    const memory = openSqliteMemory(path.join(await mkdtemp(path.join(tmpdir(), 'lektor-recall-')), 'm.sqlite'));
    const remembered = { text: 'One.', confidence: 0.42, lowConfidence: [{ start: 0, end: 4 }] };
    await memory.record(model, [['Eins.', remembered]], meta);
    const inner = fakeTranslator(undefined, () => ({ confidence: 0.9, lowConfidence: [] }));
    expect(await recallingTranslator(inner, memory, model).translateScored?.(['Eins.', 'Zwei.'])).toEqual([
      remembered,
      { text: 'EN(Zwei.)', confidence: 0.9, lowConfidence: [] },
    ]);
    await memory.close();
  });

  it('reports the model it stands for', async () => {
    const memory = await memoryWith([]);
    const translator = recallingTranslator(fakeTranslator(), memory, model);
    expect([translator.modelId, translator.dtype]).toEqual(['fake/model', 'fp32']);
    await memory.close();
  });
});
