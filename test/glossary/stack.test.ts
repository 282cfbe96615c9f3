import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../glossary/load.js';

const HOUSE = `source_lang: de
target_lang: en
name: House
terms:
  - source: Geheimdienst
    target: secret service
  - source: Spionage
    target: espionage
  - source: Lüttich
    target: Liège
  - source: Lüttich
    target: Luttich
    status: forbidden
  - id: hub
    source: Drehkreuz
    target: hub
`;

const DESK = `source_lang: de
target_lang: en
name: Economy desk
terms:
  - source: Geheimdienst
    target: intelligence service
    forbidden: [secret service]
  - source: Luettich
    target: Liege
  - id: hub
    source: Logistik-Drehkreuz
    target: logistics hub
  - source: Frachtflughafen
    target: cargo airport
`;

describe('loadGlossary over a stack', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lektor-stack-'));
    await writeFile(path.join(dir, 'house.yaml'), HOUSE);
    await writeFile(path.join(dir, 'desk.yaml'), DESK);
    await writeFile(path.join(dir, 'broken.yaml'), 'source_lang: de\ntarget_lang: en\nterms:\n  - source: Spionage\n');
  });

  const byHeadword = (terms: readonly { source: readonly string[]; target: string; file: string; status: string }[]) =>
    terms.map((t) => [t.source[0], t.target, t.file, t.status]);

  it('lets the later file win for the same German, by folded spelling or id, and says where each entry came from', async () => {
    const glossary = await loadGlossary(['house.yaml', 'desk.yaml'], dir);
    expect(glossary.files).toEqual(['house.yaml', 'desk.yaml']);
    expect(glossary.path).toBe('desk.yaml');
    expect(glossary.name).toBe('Economy desk');
    // House's Lüttich goes with its forbidden correction: the desk now says which English to use.
    expect(byHeadword(glossary.terms)).toEqual([
      ['Spionage', 'espionage', 'house.yaml', 'approved'],
      ['Geheimdienst', 'intelligence service', 'desk.yaml', 'approved'],
      ['Luettich', 'Liege', 'desk.yaml', 'approved'],
      ['Logistik-Drehkreuz', 'logistics hub', 'desk.yaml', 'approved'],
      ['Frachtflughafen', 'cargo airport', 'desk.yaml', 'approved'],
    ]);
  });

  it('reads a single file as before, its entries naming it', async () => {
    const glossary = await loadGlossary('house.yaml', dir);
    expect(glossary.files).toEqual(['house.yaml']);
    expect(new Set(glossary.terms.map((t) => t.file))).toEqual(new Set(['house.yaml']));
    expect(glossary.terms.find((t) => t.source[0] === 'Lüttich' && t.status === 'approved')?.forbidden).toEqual(['Luttich']);
  });

  it('names the bad file of a stack and its line', async () => {
    await expect(loadGlossary(['house.yaml', 'broken.yaml', 'desk.yaml'], dir)).rejects.toThrow(/^broken\.yaml:4:5: term "Spionage": target is required/);
  });
});
