import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTermResults } from '../../output/read-term-results.js';
import matchTerms from '../../pipeline/stages/match-terms.js';
import { InputError } from '../../pipeline/core/errors.js';
import { makeDoc } from '../helpers/make-doc.js';
import { seedGlossary } from '../glossary/tools/maintenance-fixtures.js';
import { translatedFolder } from '../glossary/tools/check/translated-jsonl.js';

describe('readTermResults', () => {
  it("reads each term's outcome from the JSONL writer's files and skips articles without one", async () => {
    const doc = await matchTerms({ glossary: seedGlossary() })(makeDoc([['Der Geheimdienst in Lüttich.', 'Cainiao und EWTP.']], 'news'), { now: new Date(0) });
    const dir = await translatedFolder([doc], (_, i) => ({ found: i !== 1, repaired: i === 2, ...(i === 3 ? { forbidden: ['Liege'] } : {}) }));
    expect(await readTermResults(dir, ['news', 'untranslated'])).toEqual(
      new Map([
        [
          'news',
          [
            { termId: 'geheimdienst', honoured: true, repaired: false },
            { termId: 'luettich', honoured: false, repaired: false },
            { termId: 'cainiao', honoured: true, repaired: true },
            { termId: 'ewtp', honoured: false, repaired: false },
          ],
        ],
      ]),
    );
  });

  it.each([
    ['a line that is not JSON', '{"terms": []}\n{"terms": [\n', 'news.jsonl:2: invalid JSON'],
    ['a record without terms', '{"id": "s0001"}\n', 'news.jsonl:1: not a Lektor JSONL record: no "terms" list'],
  ])('names the file and line of %s', async (_, text, message) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-translations-'));
    await writeFile(path.join(dir, 'news.jsonl'), text);
    const read = readTermResults(dir, ['news']);
    await expect(read).rejects.toBeInstanceOf(InputError);
    await expect(read).rejects.toThrow(`${path.join(dir, message)}`);
  });
});
