import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../glossary/load.js';
import { createTermMatcher } from '../../glossary/match.js';
import { GlossaryError } from '../../pipeline/core/errors.js';

const seed = 'seeds/glossary.yaml';

describe('loadGlossary', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lektor-glossary-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads the example glossary with every term the article needs', async () => {
    const glossary = await loadGlossary(seed);
    expect(glossary.name).toBe('Alibaba Liège');
    expect(Object.fromEntries(glossary.terms.map((t) => [t.source[0], t.target]))).toEqual({
      EWTP: 'eWTP',
      Alibaba: 'Alibaba',
      Cainiao: 'Cainiao',
      AliExpress: 'AliExpress',
      'Financial Times': 'Financial Times',
      FT: 'FT',
      'Vincent Van Quickenborne': 'Vincent Van Quickenborne',
      'Ursula von der Leyen': 'Ursula von der Leyen',
      Lüttich: 'Liège',
      'De-Risking': 'de-risking',
      Geheimdienst: 'intelligence service',
      Sicherheitsbehörden: 'security authorities',
      'Logistik-Drehkreuz': 'logistics hub',
      Logistikzentrum: 'logistics centre',
      Frachtflughafen: 'cargo airport',
      Spionage: 'espionage',
      'EU-Kommissionspräsidentin': 'President of the European Commission',
      Justizminister: 'Minister of Justice',
    });
    expect(glossary.terms.find((t) => t.id === 'ewtp')?.note).toBe("Alibaba's electronic World Trade Platform");
    expect(glossary.terms.find((t) => t.id === 'luettich')?.forbidden).toEqual(['Liege', 'Luttich']);
  });

  it('reads relative to a given folder and names the file as given', async () => {
    expect((await loadGlossary('glossary.yaml', 'seeds')).path).toBe('glossary.yaml');
    await expect(loadGlossary('nope.yaml', 'seeds')).rejects.toThrow(/^nope\.yaml: no such file$/);
  });

  it('points editors at the published schema', async () => {
    const { readFile } = await import('node:fs/promises');
    const first = (await readFile(seed, 'utf8')).split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=../glossary/glossary.schema.json');
    await expect(readFile(path.resolve('seeds', '../glossary/glossary.schema.json'), 'utf8')).resolves.toContain('"additionalProperties": false');
  });

  const unreadable: [string, (d: string) => string, number | undefined, string][] = [
    ['a missing file', (d) => path.join(d, 'nope.yaml'), undefined, 'no such file'],
    ['a directory', (d) => d, undefined, 'is a directory'],
    ['a Latin-1 file', () => 'test/fixtures/glossary/latin1.yaml', 4, 'invalid UTF-8, expected UTF-8 text'],
  ];
  it.each(unreadable)('rejects %s with one line naming it', async (_name, file, line, reason) => {
    const target = file(dir);
    const error = await loadGlossary(target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GlossaryError);
    expect((error as GlossaryError).message).toBe(`${target}${line ? `:${line}` : ''}: ${reason}`);
  });

  it('loads a 5 MB glossary in linear time and still matches its last term', async () => {
    const lines = ['source_lang: de', 'target_lang: en', 'terms:'];
    let size = 0;
    let n = 0;
    while (size < 5_000_000) {
      const entry = `  - source: Fachbegriff${n}\n    target: technical term ${n}\n    note: generated entry number ${n}`;
      lines.push(entry);
      size += entry.length + 1;
      n++;
    }
    const file = path.join(dir, 'big.yaml');
    await writeFile(file, `${lines.join('\n')}\n`);
    const started = performance.now();
    const glossary = await loadGlossary(file);
    const match = createTermMatcher(glossary);
    const hits = match(`Der Fachbegriff${n - 1} steht am Ende.`);
    // A quadratic step over ~60 000 entries would take minutes; the budget leaves room for a busy machine.
    expect(performance.now() - started).toBeLessThan(45_000);
    expect(glossary.terms).toHaveLength(n);
    expect(hits.map((h) => h.term.target)).toEqual([`technical term ${n - 1}`]);
  }, 60_000);

  it('rejects a large glossary whose last entry clashes, naming its line', async () => {
    const entries = Array.from({ length: 5_000 }, (_, i) => `  - source: Wort${i}\n    target: word ${i}\n    note: padding padding padding padding`);
    entries.push('  - source: Wort7\n    target: other');
    const file = path.join(dir, 'clash.yaml');
    await writeFile(file, `source_lang: de\ntarget_lang: en\nterms:\n${entries.join('\n')}\n`);
    await expect(loadGlossary(file)).rejects.toThrow(`${file}:15004:5: term "Wort7": source "Wort7" is already covered by term "Wort7" at line 25 with a different target ("word 7")`);
  });
});
