import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { filterLines } from '../../../pipeline/app/filter/filter-lines.js';
import { fakeEngine } from '../../helpers/fake-engine.js';
import { fakeTranslator } from '../../helpers/fake-translator.js';

function collect() {
  const chunks: string[] = [];
  return { chunks, write: (chunk: string) => void chunks.push(chunk), text: () => chunks.join('') };
}

describe('filterLines', () => {
  it('writes one line per input line, in order: blank lines kept, lines without letters copied, a line never split', async () => {
    const { engine } = fakeEngine('lines');
    const out = collect();
    const counts = await filterLines(['Erster Satz. Noch einer.\n\n  – \nLetzte Zeile'], { engine, name: 'stdin', now: new Date(0), write: out.write });
    expect(out.text()).toBe('EN(Erster Satz. Noch einer.)\n\n  – \nEN(Letzte Zeile)\n');
    expect(counts).toEqual({ sentences: 2, recalled: 0 });
    await engine.close();
  });

  it('answers each line as soon as it arrives, without waiting for more input', async () => {
    const { engine } = fakeEngine('lines');
    const input = new PassThrough();
    const out = collect();
    const done = filterLines(input, { engine, name: 'stdin', now: new Date(0), write: out.write });
    input.write('Eins\n');
    await expect.poll(() => out.text(), { timeout: 2000 }).toBe('EN(Eins)\n');
    input.write('Zwei\nDr');
    await expect.poll(() => out.text(), { timeout: 2000 }).toBe('EN(Eins)\nEN(Zwei)\n');
    input.end('ei\n');
    await done;
    expect(out.text()).toBe('EN(Eins)\nEN(Zwei)\nEN(Drei)\n');
    await engine.close();
  });

  it('lets lines that arrive together share the model batches', async () => {
    const { engine, batches } = fakeEngine('lines');
    const lines = Array.from({ length: 40 }, (_, i) => `Zeile ${i + 1}`);
    const out = collect();
    await filterLines([`${lines.join('\n')}\n`], { engine, name: 'stdin', now: new Date(0), write: out.write });
    expect(out.text()).toBe(lines.map((l) => `EN(${l})\n`).join(''));
    expect(batches.length).toBeLessThanOrEqual(3);
    expect(batches.flat()).toHaveLength(40);
    await engine.close();
  });

  it('writes JSONL records, each line an article named after its line, and findings with that line', async () => {
    const { engine } = fakeEngine('lines', fakeTranslator((s) => (s === 'Guten Morgen' ? s : 'Hello world')));
    const out = collect();
    const findings: string[] = [];
    await filterLines(['Hallo Welt\n\n  Guten Morgen\n'], { engine, name: 'stdin', format: 'jsonl', now: new Date(0), write: out.write, onFinding: (l) => findings.push(l) });
    const records = out.text().trim().split('\n').map((l) => JSON.parse(l) as { article: string; id: string; target: string });
    expect(records.map((r) => [r.article, r.id, r.target])).toEqual([
      ['stdin:1', 's0001', 'Hello world'],
      ['stdin:3', 's0001', 'Guten Morgen'],
    ]);
    expect(findings).toEqual([
      'stdin:3:3: error: Target is identical to the German source; expected an English translation (untranslated)',
    ]);
    await engine.close();
  });

  it('stops at invalid UTF-8 with the line it is on', async () => {
    const { engine } = fakeEngine('lines');
    const bytes = Buffer.concat([Buffer.from('Gut\nSchl'), Buffer.from([0xff]), Buffer.from('echt\n')]);
    await expect(filterLines([bytes], { engine, name: 'stdin', now: new Date(0), write: () => undefined })).rejects.toThrow('stdin:2: invalid UTF-8, expected UTF-8 text');
    await engine.close();
  });
});
