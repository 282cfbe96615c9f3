import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRunGlossaries } from '../../../../pipeline/app/review/stats/load-run-glossaries.js';

describe('loadRunGlossaries', () => {
  it('loads each run’s glossary as it is now, and leaves out with a warning one that no longer loads', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-run-glossaries-'));
    await writeFile(path.join(dir, 'house.yaml'), 'source_lang: de\ntarget_lang: en\nterms:\n  - source: Hafen\n    target: port\n');
    await writeFile(path.join(dir, 'broken.yaml'), 'source_lang: de\ntarget_lang: en\nterms:\n  - source: Hafen\n');
    const warnings: string[] = [];
    const loaded = await loadRunGlossaries([[path.join(dir, 'house.yaml')], [path.join(dir, 'gone.yaml')], ['broken.yaml']], dir, (message) => warnings.push(message));
    expect(loaded.map((g) => [g.path, g.terms.map((t) => t.target)])).toEqual([[path.join(dir, 'house.yaml'), ['port']]]);
    expect(warnings).toEqual([`${path.join(dir, 'gone.yaml')}: no such file`, 'broken.yaml:4:5: term "Hafen": target is required (or dnt: true to keep the German)']);
  });

  it('reads a run’s stack whole, later files winning, each entry naming its file; a file that no longer loads leaves the rest', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-run-glossaries-'));
    await writeFile(path.join(dir, 'house.yaml'), 'source_lang: de\ntarget_lang: en\nterms:\n  - source: Hafen\n    target: harbour\n  - source: Kran\n    target: crane\n');
    await writeFile(path.join(dir, 'desk.yaml'), 'source_lang: de\ntarget_lang: en\nterms:\n  - source: Hafen\n    target: port\n');
    const warnings: string[] = [];
    const [stacked, ...others] = await loadRunGlossaries([['house.yaml', 'gone.yaml', 'desk.yaml']], dir, (message) => warnings.push(message));
    expect(others).toEqual([]);
    expect(stacked!.files).toEqual(['house.yaml', 'desk.yaml']);
    expect(stacked!.terms.map((t) => [t.source[0], t.target, t.file, t.line])).toEqual([
      ['Kran', 'crane', 'house.yaml', 6],
      ['Hafen', 'port', 'desk.yaml', 4],
    ]);
    expect(warnings).toEqual(['gone.yaml: no such file']);
  });
});
