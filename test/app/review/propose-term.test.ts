import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../../glossary/load.js';
import { GlossaryError } from '../../../pipeline/core/errors.js';
import { proposeTerm, proposeTerms } from '../../../pipeline/app/review/propose-term.js';

const GLOSSARY = '# Terms of the story\nsource_lang: de\ntarget_lang: en\nterms:\n  - source: Spionage   # the noun\n    target: espionage\n\n  - source: Lüttich\n    target: Liège\n';

async function glossaryFile(text = GLOSSARY): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'lektor-propose-')), 'glossary.yaml');
  await writeFile(file, text);
  return file;
}

describe('proposeTerm', () => {
  it('appends a proposed entry and leaves every byte before it as it was', async () => {
    const file = await glossaryFile();
    expect(await proposeTerm(file, { source: ' Logistik-\nDrehkreuz ', target: 'logistics hub' })).toEqual({ source: 'Logistik- Drehkreuz', target: 'logistics hub', status: 'proposed' });
    const text = await readFile(file, 'utf8');
    expect(text).toBe(`${GLOSSARY}  - source: Logistik- Drehkreuz\n    target: logistics hub\n    status: proposed\n`);
    expect((await loadGlossary(file)).terms.map((t) => [t.source[0], t.status])).toEqual([
      ['Spionage', 'approved'],
      ['Lüttich', 'approved'],
      ['Logistik- Drehkreuz', 'proposed'],
    ]);
  });

  it.each([
    ['the same German and English', { source: 'Spionage', target: 'espionage' }, '"Spionage" is already an entry at line 5 with the same target "espionage"; remove one of them'],
    ['the same German with other English', { source: 'Spionage', target: 'spying' }, '"Spionage" is already an entry at line 5 with target "espionage", not "spying"'],
  ])('refuses %s with the lint message and changes nothing', async (_, proposal, message) => {
    const file = await glossaryFile();
    const error = await proposeTerm(file, proposal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GlossaryError);
    expect((error as GlossaryError).message).toContain(`${file}: “${proposal.source}” → “${proposal.target}” was not added: ${message}`);
    expect(await readFile(file, 'utf8')).toBe(GLOSSARY);
  });

  it('refuses an empty term', async () => {
    const file = await glossaryFile();
    await expect(proposeTerm(file, { source: 'Spionageabwehr', target: '  ' })).rejects.toThrow(/was not added: /);
    expect(await readFile(file, 'utf8')).toBe(GLOSSARY);
  });

  it('refuses a read-only glossary', async () => {
    const file = await glossaryFile();
    await chmod(file, 0o444);
    await expect(proposeTerm(file, { source: 'Spionageabwehr', target: 'counter-espionage' })).rejects.toThrow(`${file}: the file is read-only; nothing was changed`);
  });

  it('appends several, or none when one of them would bring a lint error, naming it', async () => {
    const file = await glossaryFile();
    await expect(proposeTerms(file, [{ source: 'Hafen', target: 'port' }, { source: 'Spionage', target: 'spying' }])).rejects.toThrow('“Spionage” → “spying” was not added');
    expect(await readFile(file, 'utf8')).toBe(GLOSSARY);
    expect(await proposeTerms(file, [{ source: 'Hafen', target: 'port' }, { source: 'Kai', target: 'quay' }])).toHaveLength(2);
    expect(await readFile(file, 'utf8')).toBe(`${GLOSSARY}  - source: Hafen\n    target: port\n    status: proposed\n  - source: Kai\n    target: quay\n    status: proposed\n`);
  });
});
