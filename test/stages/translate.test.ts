import { describe, expect, it } from 'vitest';
import { segmentsOf } from '../../pipeline/core/doc.js';
import translate, { modelInputOf } from '../../pipeline/stages/translate.js';
import { fakeTranslator, unsureOf } from '../helpers/fake-translator.js';
import { makeDoc } from '../helpers/make-doc.js';

const now = new Date('2024-01-01T00:00:00Z');

describe('translate stage', () => {
  it('translates letters, copies the rest, and never sends letterless segments', async () => {
    const doc = makeDoc([['Guten Tag.', '–', '12:07'], ['Wie geht es?']]);
    const translator = fakeTranslator();
    const out = await translate({ batchSize: 8 })(doc, { now, translator });
    expect(segmentsOf(out).map((s) => [s.target, s.origin])).toEqual([
      ['EN(Guten Tag.)', 'model'],
      ['–', 'copy'],
      ['12:07', 'copy'],
      ['EN(Wie geht es?)', 'model'],
    ]);
    expect(translator.batches.flat()).not.toContain('–');
    expect(out.meta.model).toEqual({ id: 'fake/model', dtype: 'fp32' });
  });

  it('keeps the model’s scores with each target it translated; a copied segment has none', async () => {
    const doc = makeDoc([['Guten Tag.', '–']]);
    const out = await translate({ batchSize: 8 })(doc, { now, translator: fakeTranslator(undefined, unsureOf(0.42, 'EN(Guten')) });
    expect(segmentsOf(out).map((s) => [s.target, s.confidence, s.lowConfidence])).toEqual([
      ['EN(Guten Tag.)', 0.42, [{ start: 0, end: 8 }]],
      ['–', undefined, undefined],
    ]);
  });

  it('gives no scores where the translator cannot score', async () => {
    const out = await translate({ batchSize: 8 })(makeDoc([['Guten Tag.']]), { now, translator: fakeTranslator() });
    expect(segmentsOf(out)[0]).not.toHaveProperty('confidence');
    expect(segmentsOf(out)[0]).not.toHaveProperty('lowConfidence');
  });

  it('batches by length, at most batchSize at a time', async () => {
    const doc = makeDoc([['Ein sehr langer Satz mit vielen Wörtern.', 'Kurz.', 'Mittellanger Satz.', 'Ja.']]);
    const translator = fakeTranslator();
    await translate({ batchSize: 2 })(doc, { now, translator });
    expect(translator.batches).toEqual([
      ['Ja.', 'Kurz.'],
      ['Mittellanger Satz.', 'Ein sehr langer Satz mit vielen Wörtern.'],
    ]);
  });

  it('sends modelInput when a stage set one, on one line', async () => {
    const doc = makeDoc([{ segments: [{ source: 'Der Geheimdienst\nwacht.', modelInput: 'Der intelligence service\nwacht.' }] }]);
    const translator = fakeTranslator();
    await translate({ batchSize: 8 })(doc, { now, translator });
    expect(translator.batches).toEqual([['Der intelligence service wacht.']]);
  });

  it('keeps targets that are already there', async () => {
    const doc = makeDoc([{ segments: [{ source: 'Hallo.', target: 'Hello.', origin: 'memory' }] }]);
    const translator = fakeTranslator();
    const out = await translate({ batchSize: 8 })(doc, { now, translator });
    expect(translator.batches).toEqual([]);
    expect(segmentsOf(out)[0]).toMatchObject({ target: 'Hello.', origin: 'memory' });
  });

  it('rejects a nonsensical batch size when built', () => {
    expect(() => translate({ batchSize: 0 })).toThrow('translate: batchSize must be an integer >= 1, got 0');
  });

  it('collapses whitespace for the model', () => {
    expect(modelInputOf({ id: 's0001', source: '  a\n\tb  ', start: 0, end: 8, translatable: true })).toBe('a b');
  });
});
