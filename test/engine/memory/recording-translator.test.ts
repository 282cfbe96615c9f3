import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModelIdentity } from '../../../models/translator.js';
import type { MemoryEntry } from '../../../pipeline/engine/memory/memory.js';
import { recordingTranslator } from '../../../pipeline/engine/memory/recording-translator.js';
import { openSqliteMemory } from '../../../pipeline/engine/memory/sqlite-memory.js';
import { fakeTranslator } from '../../helpers/fake-translator.js';

const model: ModelIdentity = { id: 'fake/model', dtype: 'q8', decoding: { num_beams: 1 } };
const meta = { origin: 'model', createdAt: '2024-01-01T00:00:00.000Z', tool: 'lektor test' } as const;

describe('recordingTranslator', () => {
  it('stores each call\'s outputs under the model\'s key before returning them', async () => {
    const memory = openSqliteMemory(path.join(await mkdtemp(path.join(tmpdir(), 'lektor-record-')), 'm.sqlite'));
    const translator = recordingTranslator(fakeTranslator(), memory, model, meta);
    expect(await translator.translate(['Eins.', 'Zwei.'])).toEqual(['EN(Eins.)', 'EN(Zwei.)']);
    expect(await memory.recall(model, ['Eins.', 'Zwei.', 'Drei.'])).toEqual([{ text: 'EN(Eins.)' }, { text: 'EN(Zwei.)' }, undefined]);
    const entries: MemoryEntry[] = [];
    for await (const e of memory.entries()) entries.push(e);
    expect(entries[0]).toEqual({ model: 'fake/model', dtype: 'q8', decoding: '{"num_beams":1}', source: 'Eins.', target: 'EN(Eins.)', ...meta });
    await memory.close();
  });

  it('stores an input that required terms under the input and its terms, one to a line', async () => {
    const memory = openSqliteMemory(path.join(await mkdtemp(path.join(tmpdir(), 'lektor-record-')), 'm.sqlite'));
    const translator = recordingTranslator(fakeTranslator(), memory, model, meta);
    await translator.translate(['Eins.', 'Zwei.'], [['one', 'first'], []]);
    expect(await memory.recall(model, ['Eins.\none\nfirst', 'Eins.', 'Zwei.'])).toEqual([{ text: 'EN(Eins.)' }, undefined, { text: 'EN(Zwei.)' }]);
    await memory.close();
  });

  it('stores the model\'s scores with each translation', async () => {
    const memory = openSqliteMemory(path.join(await mkdtemp(path.join(tmpdir(), 'lektor-record-')), 'm.sqlite'));
    const scores = { confidence: 0.3125, lowConfidence: [{ start: 3, end: 8 }] };
    const translator = recordingTranslator(fakeTranslator(undefined, () => scores), memory, model, meta);
    expect(await translator.translateScored?.(['Eins.'])).toEqual([{ text: 'EN(Eins.)', ...scores }]);
    expect(await memory.recall(model, ['Eins.'])).toEqual([{ text: 'EN(Eins.)', ...scores }]);
    await memory.close();
  });

  it('stores nothing when the model fails', async () => {
    const memory = openSqliteMemory(path.join(await mkdtemp(path.join(tmpdir(), 'lektor-record-')), 'm.sqlite'));
    const failing = { ...fakeTranslator(), translate: async () => Promise.reject(new Error('onnx exploded')) };
    await expect(recordingTranslator(failing, memory, model, meta).translate(['Eins.'])).rejects.toThrow('onnx exploded');
    expect((await memory.stats()).entries).toBe(0);
    await memory.close();
  });
});
