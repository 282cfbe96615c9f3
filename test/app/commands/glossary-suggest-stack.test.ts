import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Suggestions } from '../../../glossary/tools/suggest/suggest-terms.js';
import { lintGlossary } from '../../../glossary/tools/lint/lint-glossary.js';
import { reviewedTranslations, SUGGEST_GLOSSARY, SUGGEST_HOUSE } from '../../helpers/reviewed-translations.js';
import { runMain } from '../../helpers/run-main.js';

describe('lektor glossary suggest over a stack', () => {
  // Translated with house.yaml then glossary.yaml (Spionage → espionage at line 5), reviewed as in a
  // CAT tool: "port" for the untranslated Hafen three times, the story's "espionage" replaced twice.
  let reviewed: Awaited<ReturnType<typeof reviewedTranslations>>;
  let glossaries: string;
  beforeAll(async () => {
    reviewed = await reviewedTranslations(SUGGEST_HOUSE);
    glossaries = path.dirname(reviewed.glossary);
  }, 60_000);
  // Run beside the glossaries, so the files are named as a user there would give them.
  const suggest = (...args: string[]) => runMain(['glossary', 'suggest', reviewed.out, ...args], { cwd: glossaries });

  it('proposes no German any file of the stack has, and names the file and line of a disputed entry', async () => {
    expect(await suggest('--glossary', 'house.yaml', '--glossary', 'glossary.yaml')).toEqual({
      code: 0,
      err: '',
      out:
        '6 reviewed sentences in 2 articles\n' +
        '\nno proposals: no English replaced the model’s for the same German often enough\n' +
        '\n1 disputed entry:\n' +
        '  Spionage → espionage (glossary.yaml:5)    replaced in 2 sentences in 2 articles (a, b) by Spying (2)\n' +
        '    a s0001: espionage in Liège → Spying in Liège\n' +
        '    b s0002: espionage at the Hafen. → Spying at the port.\n',
    });
    // The story's file alone does not have Hafen: the first file of the stack is what leaves it out.
    expect((await suggest('-g', 'glossary.yaml')).out).toContain('\n  Hafen → port    3 sentences in 2 articles (a, b)\n');
  });

  it('--json: the disputed entry with its file and line', async () => {
    const run = await suggest('-g', 'house.yaml', '-g', 'glossary.yaml', '--json');
    const suggestions = JSON.parse(run.out) as Suggestions;
    expect(suggestions.proposals).toEqual([]);
    expect(suggestions.disputed.map((d) => [d.termId, d.source, d.target, d.file, d.line, d.sentences])).toEqual([['spionage', 'Spionage', 'espionage', 'glossary.yaml', 5, 2]]);
  });

  it('without --glossary: the file the stacked run named for the entry, as the run named it', async () => {
    const run = await suggest('--json');
    expect((JSON.parse(run.out) as Suggestions).disputed.map((d) => [d.file, d.line])).toEqual([[reviewed.glossary, undefined]]);
    expect((await suggest()).out).toContain(`\n  Spionage → espionage (${reviewed.glossary})    replaced in 2 sentences`);
  });

  it('--write adds to the file named, leaving the other files of the stack byte for byte', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-suggest-stack-'));
    // A house list without Hafen, so there is a proposal to write.
    const house = 'source_lang: de\ntarget_lang: en\nterms:\n  - source: Kran\n    target: crane\n';
    await writeFile(path.join(dir, 'house.yaml'), house);
    await copyFile(reviewed.glossary, path.join(dir, 'story.yaml'));
    const run = await runMain(['glossary', 'suggest', reviewed.out, '-g', 'house.yaml', '-g', 'story.yaml', '--write', 'story.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/\nstory\.yaml: added "Hafen" as proposed\n$/);
    expect(run.out).toContain('\n  Spionage → espionage (story.yaml:5)    replaced');
    const story = await readFile(path.join(dir, 'story.yaml'), 'utf8');
    expect(story).toBe(`${SUGGEST_GLOSSARY}  - source: Hafen\n    target: port\n    status: proposed\n`);
    expect(lintGlossary(story, 'story.yaml')).toEqual([]);
    expect(await readFile(path.join(dir, 'house.yaml'), 'utf8')).toBe(house);
  });

  it('a file of the stack that does not load is one line naming it', async () => {
    expect(await suggest('-g', 'house.yaml', '-g', 'nope.yaml')).toEqual({ code: 1, out: '', err: 'lektor: nope.yaml: no such file\n' });
  });
});
