import { describe, expect, it } from 'vitest';
import { filterText } from '../../../pipeline/app/filter/filter-text.js';
import { fakeEngine } from '../../helpers/fake-engine.js';
import { fakeTranslator } from '../../helpers/fake-translator.js';

describe('filterText', () => {
  it('translates the text as one article and keeps its layout: paragraphs, line breaks, the final newline', async () => {
    const { engine, batches } = fakeEngine();
    let out = '';
    const counts = await filterText(Buffer.from('Überschrift\n\nErster Satz. Zweiter\nSatz.\n\n12:07\n'), { engine, name: 'stdin', now: new Date(0), write: (s) => (out += s) });
    expect(out).toBe('EN(Überschrift)\n\nEN(Erster Satz.) EN(Zweiter Satz.)\n\n12:07\n');
    expect(counts).toEqual({ sentences: 3, recalled: 0 });
    expect(batches).toHaveLength(1);
    await engine.close();
  });

  it('reports findings as name:line:column and writes JSONL when asked', async () => {
    const { engine } = fakeEngine('sentences', fakeTranslator((s) => (s.startsWith('Zweiter') ? s : 'Fine.')));
    let out = '';
    const findings: string[] = [];
    await filterText(Buffer.from('Erster Satz.\n\nEs gibt. Zweiter Satz.'), { engine, name: 'text', format: 'jsonl', now: new Date(0), write: (s) => (out += s), onFinding: (l) => findings.push(l) });
    expect(out.trim().split('\n').map((l) => (JSON.parse(l) as { article: string }).article)).toEqual(['text', 'text', 'text']);
    expect(findings).toEqual(['text:3:10: error: Target is identical to the German source; expected an English translation (untranslated)']);
    await engine.close();
  });

  it('refuses bytes that are not UTF-8, naming the input', async () => {
    const { engine } = fakeEngine();
    await expect(filterText(Buffer.from([0x41, 0xff]), { engine, name: 'stdin', now: new Date(0), write: () => undefined })).rejects.toThrow('stdin:1: invalid UTF-8, expected UTF-8 text');
    await engine.close();
  });
});
