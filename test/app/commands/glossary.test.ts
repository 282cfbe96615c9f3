import { chmod, copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGlossary } from '../../../glossary/parse.js';
import { lintGlossary } from '../../../glossary/tools/lint/lint-glossary.js';
import type { GlossaryTerm } from '../../../glossary/types.js';
import { FIXTURES, SEED_GLOSSARY } from '../../glossary/tools/maintenance-fixtures.js';
import { repoRoot } from '../../helpers/run-cli.js';
import { runMain } from '../../helpers/run-main.js';
import { reviewedTranslations, SUGGEST_GLOSSARY } from '../../helpers/reviewed-translations.js';

const lektor = (...args: string[]) => runMain(['glossary', ...args], { cwd: repoRoot });

/** A scratch folder holding a copy of `files` (fixture paths), for commands that write. */
async function scratch(...files: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lektor-glossary-cli-'));
  for (const file of files) await copyFile(file, path.join(dir, path.basename(file)));
  return dir;
}

describe('lektor glossary lint', () => {
  it('passes the seed glossary', async () => {
    expect(await lektor('lint', 'seeds/glossary.yaml')).toEqual({ code: 0, out: 'seeds/glossary.yaml: no problems\n', err: '' });
  });

  it('exits 1 on errors, with file:line:col findings', async () => {
    const { code, out } = await lektor('lint', 'test/fixtures/glossary-maintenance/lint/conflicting-entry.yaml');
    expect(code).toBe(1);
    expect(out).toMatch(/^test\/fixtures\/glossary-maintenance\/lint\/conflicting-entry\.yaml:6:33: error: "Geheimdienst" is already an entry at line 4 .* \(conflicting-entry\)\n1 error, 0 warnings\n$/);
  });

  it('exits 0 with warnings only, and speaks JSON on request', async () => {
    const { code, out } = await lektor('lint', 'test/fixtures/glossary-maintenance/lint/target-spacing.yaml', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ errors: 0, warnings: 3 });
  });

  it('names a missing file in one line', async () => {
    expect(await lektor('lint', 'nope.yaml')).toEqual({ code: 1, out: '', err: 'lektor: nope.yaml: no such file\n' });
  });
});

describe('lektor glossary check', () => {
  it('counts each seed term in the example article', async () => {
    const { code, out } = await lektor('check', 'seeds/glossary.yaml', 'seeds/', '--out', 'no-translations-here');
    expect(code).toBe(0);
    expect(out).toContain('seeds/glossary.yaml: 18 of 18 terms occur in 1 article; no translations found\n');
    expect(out).toMatch(/\nAlibaba +10 +-\n/);
  });

  it('refuses a glossary that does not load', async () => {
    const { code, err } = await lektor('check', 'test/fixtures/glossary-maintenance/lint/dnt-target.yaml', 'seeds/');
    expect(code).toBe(1);
    expect(err).toBe('lektor: test/fixtures/glossary-maintenance/lint/dnt-target.yaml:6:5: term "Cainiao": dnt: true keeps the source as the English, so target "Cainiao Network" contradicts it; remove one of them\n');
  });
});

describe('lektor glossary extract', () => {
  it('ranks the example article’s terms, and prints proposed entries with --yaml', async () => {
    const { code, out } = await lektor('extract', 'seeds/', '--limit', '10');
    expect(code).toBe(0);
    for (const term of ['EWTP', 'Cainiao', 'Financial Times', 'De-Risking']) expect(out).toMatch(new RegExp(`^${term} `, 'm'));
    const yaml = await lektor('extract', 'seeds/', '--glossary', 'seeds/glossary.yaml', '--yaml', '-n', '3');
    expect(yaml.out.match(/^ {2}- source: /gm)).toHaveLength(3);
    expect(yaml.out).toContain('    status: proposed\n');
  });

  it('refuses a bad --limit as a usage error', async () => {
    expect(await lektor('extract', 'seeds/', '--limit', 'many')).toEqual({ code: 2, out: '', err: 'lektor: --limit must be an integer >= 0, got "many"\n' });
  });
});

describe('lektor glossary add', () => {
  it('appends the entry and leaves comments and every other line byte-identical', async () => {
    const dir = await scratch(path.join(FIXTURES, 'commented.yaml'));
    const file = path.join(dir, 'commented.yaml');
    const before = await readFile(file, 'utf8');
    const run = await lektor('add', file, '--source', 'De-Risking', '--source', 'Derisking', '--target', 'de-risking', '--note', 'EU policy term');
    expect(run).toEqual({ code: 0, out: `${file}: added "De-Risking"\n`, err: '' });
    const after = await readFile(file, 'utf8');
    const added = '    - source: [De-Risking, Derisking]\n      target: de-risking\n      note: EU policy term\n';
    const cut = before.indexOf('# End of terms');
    expect(after).toBe(before.slice(0, cut) + added + before.slice(cut));
  });

  it('refuses a German the glossary already has with other English, and changes nothing', async () => {
    const dir = await scratch(SEED_GLOSSARY);
    const file = path.join(dir, 'glossary.yaml');
    const before = await readFile(file, 'utf8');
    const line = parseGlossary(before, file).terms.find((t) => t.source[0] === 'Lüttich')!.line;
    expect(await lektor('add', file, '--source', 'Lüttich', '--target', 'Liege')).toEqual({ code: 1, out: '', err: `lektor: ${file}:${line}: "Lüttich" is already there with target "Liège"; nothing was changed\n` });
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('refuses a read-only glossary with a clear error, leaving it untouched', async () => {
    const dir = await scratch(SEED_GLOSSARY);
    const file = path.join(dir, 'glossary.yaml');
    await chmod(file, 0o444);
    expect(await lektor('add', file, '--source', 'Welthandelsplattform', '--target', 'World Trade Platform')).toEqual({ code: 1, out: '', err: `lektor: ${file}: the file is read-only; nothing was changed\n` });
    expect(await readFile(file, 'utf8')).toBe(await readFile(SEED_GLOSSARY, 'utf8'));
  });

  it('needs --target or --dnt', async () => {
    expect((await lektor('add', SEED_GLOSSARY, '--source', 'Neu')).code).toBe(2);
  });
});

describe('lektor glossary export and import', () => {
  it('round-trips the seed glossary through TBX (every field) and CSV (German, English) into new glossaries', async () => {
    const dir = await scratch();
    expect((await lektor('export', 'seeds/glossary.yaml', '--to', 'tbx', '-o', path.join(dir, 'g.tbx'))).code).toBe(0);
    await writeFile(path.join(dir, 'g.csv'), (await lektor('export', 'seeds/glossary.yaml', '--to', 'csv')).out);
    const fields = {
      // Where each entry was read from differs by design.
      'g.tbx': ({ line: _, file: __, ...t }: GlossaryTerm) => t,
      'g.csv': (t: GlossaryTerm) => ({ source: t.source, target: t.target, dnt: t.dnt }),
    };
    const seeds = parseGlossary(await readFile(SEED_GLOSSARY, 'utf8'), 'seeds').terms;
    for (const [from, kept] of Object.entries(fields)) {
      const into = path.join(dir, `${from}.yaml`);
      expect(await lektor('import', into, '--from', path.join(dir, from))).toEqual({ code: 0, out: `${into}: 18 added, 0 already there (from ${path.join(dir, from)})\n`, err: '' });
      expect(parseGlossary(await readFile(into, 'utf8'), into).terms.map(kept)).toEqual(seeds.map(kept));
    }
  });

  it('refuses conflicts with the list unless --merge says how to resolve them', async () => {
    const dir = await scratch(SEED_GLOSSARY, path.join(FIXTURES, 'exchange/conflicts.csv'));
    const [file, from] = [path.join(dir, 'glossary.yaml'), path.join(dir, 'conflicts.csv')];
    const refused = await lektor('import', file, '--from', from);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^lektor: .*conflicts\.csv: 1 entry would conflict with .*glossary\.yaml; nothing was changed \(choose with --merge keep\|replace\):\n {2}.*conflicts\.csv:2: "Geheimdienst" → "secret service", but .*glossary\.yaml:\d+ has "intelligence service"\n$/);
    expect(await readFile(file, 'utf8')).toBe(await readFile(SEED_GLOSSARY, 'utf8'));
    const kept = await lektor('import', file, '--from', from, '--merge', 'keep');
    expect(kept).toEqual({ code: 0, out: `${file}: 0 added, 2 already there, 1 kept as they were (from ${from})\n`, err: '' });
  });

  it.each([
    ['a malformed CSV line', 'exchange/unclosed-quote.csv', 'unclosed-quote.csv:2: malformed CSV: quote not closed'],
    ['TBX that is not valid XML', 'exchange/not-xml.tbx', 'not-xml.tbx:7:40: not valid XML: Opening and ending tag mismatch: "termSec" != "langSec"'],
  ])('refuses %s in one line naming file and line', async (_, fixture, message) => {
    const dir = await scratch(path.join(FIXTURES, fixture));
    const run = await lektor('import', path.join(dir, 'new.yaml'), '--from', path.join(dir, path.basename(fixture)));
    expect(run).toEqual({ code: 1, out: '', err: `lektor: ${path.join(dir, message)}\n` });
  });

  it('rejects an unknown export format as a usage error', async () => {
    const { code, err } = await lektor('export', 'seeds/glossary.yaml', '--to', 'xlsx');
    expect(code).toBe(2);
    expect(err).toContain("argument 'xlsx' is invalid. Allowed choices are csv, tsv, omegat, tbx.");
  });
});

describe('lektor glossary suggest', () => {
  let reviewed: Awaited<ReturnType<typeof reviewedTranslations>>;
  beforeAll(async () => {
    reviewed = await reviewedTranslations();
  }, 60_000);
  const suggest = (...args: string[]) => runMain(['glossary', 'suggest', ...args], { cwd: reviewed.dir });

  it('proposes the English reviewers put in for the same German three times, not a one-off change, and lists the entry they overrode twice', async () => {
    expect(await suggest('out')).toEqual({
      code: 0,
      err: '',
      out:
        '6 reviewed sentences in 2 articles\n' +
        '\n1 proposal:\n' +
        '  Hafen → port    3 sentences in 2 articles (a, b)\n' +
        '    a s0002: The Hafen in Liège. → The port in Liège.\n' +
        '    b s0001: The Hafen in Belgium. → The port in Belgium.\n' +
        '    b s0002: espionage at the Hafen. → Spying at the port.\n' +
        '\n1 disputed entry:\n' +
        '  Spionage → espionage    replaced in 2 sentences in 2 articles (a, b) by Spying (2)\n' +
        '    a s0001: espionage in Liège → Spying in Liège\n' +
        '    b s0002: espionage at the Hafen. → Spying at the port.\n',
    });
  });

  it('speaks JSON', async () => {
    const { code, out } = await suggest('out', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      reviewed: { sentences: 6, articles: 2 },
      proposals: [
        {
          source: 'Hafen',
          target: 'port',
          sentences: 3,
          articles: ['a', 'b'],
          examples: [
            { article: 'a', id: 's0002', draft: 'The Hafen in Liège.', review: 'The port in Liège.' },
            { article: 'b', id: 's0001', draft: 'The Hafen in Belgium.', review: 'The port in Belgium.' },
            { article: 'b', id: 's0002', draft: 'espionage at the Hafen.', review: 'Spying at the port.' },
          ],
          alternatives: [],
        },
      ],
      disputed: [
        {
          termId: 'spionage',
          source: 'Spionage',
          target: 'espionage',
          sentences: 2,
          articles: ['a', 'b'],
          replacements: [{ english: 'Spying', sentences: 2 }],
          examples: [
            { article: 'a', id: 's0001', draft: 'espionage in Liège', review: 'Spying in Liège' },
            { article: 'b', id: 's0002', draft: 'espionage at the Hafen.', review: 'Spying at the port.' },
          ],
        },
      ],
    });
  });

  it('asks for more evidence with --min, and never less than two sentences', async () => {
    const { out } = await suggest('out', '--min', '4');
    expect(out).toContain('no proposals');
    expect(out).toContain('no disputed entries');
    expect(await suggest('out', '--min', '1')).toMatchObject({ code: 2, err: expect.stringContaining("option '--min <n>' argument '1' is invalid. must be an integer >= 2") });
  });

  it('--write appends the proposals as proposed, keeping every byte, in a file lint accepts; the second time there is nothing to add', async () => {
    const file = path.join(await scratch(), 'glossary.yaml');
    await writeFile(file, SUGGEST_GLOSSARY);
    const first = await suggest('out', '--write', file);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(new RegExp(`\\n${file}: added "Hafen" as proposed\\n$`));
    const text = await readFile(file, 'utf8');
    expect(text).toBe(`${SUGGEST_GLOSSARY}  - source: Hafen\n    target: port\n    status: proposed\n`);
    expect(lintGlossary(text, file)).toEqual([]);
    const second = await suggest('out', '--write', file, '--json');
    expect(JSON.parse(second.out).proposals).toEqual([]);
    expect(second.err).toBe(`${file}: nothing to add\n`);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('refuses to write what lint would refuse, and changes nothing', async () => {
    const file = path.join(await scratch(), 'glossary.yaml');
    // Only the other glossary is asked what it has; this one has other English for the German.
    const text = `${SUGGEST_GLOSSARY}  - source: Hafen\n    target: harbour\n`;
    await writeFile(file, text);
    const run = await suggest('out', '--write', file, '--glossary', reviewed.glossary);
    expect(run.code).toBe(1);
    expect(run.err).toBe(`lektor: ${file}: “Hafen” → “port” was not added: "Hafen" is already an entry at line 10 with target "harbour", not "port"; keep one, or mark the wrong one status: forbidden\n`);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('names a folder without translations in one line', async () => {
    expect(await suggest('nowhere')).toEqual({ code: 1, out: '', err: `lektor: ${path.join(reviewed.dir, 'nowhere')}: no translated articles here (run \`lektor translate\` with --out pointing at this folder first)\n` });
  });
});
