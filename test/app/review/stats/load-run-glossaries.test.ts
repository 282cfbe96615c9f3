import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRunGlossaries } from '../../../../pipeline/app/review/stats/load-run-glossaries.js';

describe('loadRunGlossaries', () => {
  it('loads each glossary as it is now, and leaves out with a warning one that no longer loads', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-run-glossaries-'));
    await writeFile(path.join(dir, 'house.yaml'), 'source_lang: de\ntarget_lang: en\nterms:\n  - source: Hafen\n    target: port\n');
    await writeFile(path.join(dir, 'broken.yaml'), 'source_lang: de\ntarget_lang: en\nterms:\n  - source: Hafen\n');
    const warnings: string[] = [];
    const loaded = await loadRunGlossaries([path.join(dir, 'house.yaml'), path.join(dir, 'gone.yaml'), 'broken.yaml'], dir, (message) => warnings.push(message));
    expect(loaded.map((g) => [g.path, g.terms.map((t) => t.target)])).toEqual([[path.join(dir, 'house.yaml'), ['port']]]);
    expect(warnings).toEqual([`${path.join(dir, 'gone.yaml')}: no such file`, 'broken.yaml:4:5: term "Hafen": target is required (or dnt: true to keep the German)']);
  });
});
