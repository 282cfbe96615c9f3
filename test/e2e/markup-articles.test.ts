import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { tinyModelDir } from '../helpers/tiny-model.js';

const FIXTURES = path.join(repoRoot, 'test/fixtures/markup');

/** Markdown and HTML articles through the built CLI and the generated model (word for word, not a translation). */
describe('lektor translate on Markdown and HTML articles', () => {
  let model: string;
  let out: string;
  let run: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    model = await tinyModelDir();
    out = await mkdtemp(path.join(tmpdir(), 'lektor-markup-'));
    run = await runCli(['translate', 'test/fixtures/markup/', '--model', model, '--offline', '--out', out, '--format', 'txt,xliff']);
  });

  it('writes each article in its own format besides the formats asked for', async () => {
    expect(run.stderr).not.toMatch(/Error|at .*\.js/);
    expect(run.code).toBe(0);
    expect((await readdir(out)).filter((f) => f.startsWith('spionage')).sort()).toEqual([
      'spionage-seite.en.html',
      'spionage-seite.en.txt',
      'spionage-seite.xlf',
      'spionage.en.md',
      'spionage.en.txt',
      'spionage.xlf',
    ]);
  });

  it('Markdown: the same document, its text in English, code and front matter other than the title as written', async () => {
    expect(await readFile(path.join(out, 'spionage.en.md'), 'utf8')).toBe(
      [
        '---',
        'title: Possible espionage in Belgium',
        'author: Redaktion',
        '---',
        '# The suspicion',
        '',
        'The **intelligence service** monitors the [logistics centre](https://example.org/lager) in *Belgium*.',
        '',
        '- The suspicion: Possible espionage.',
        "- As of: `12:07` o'clock",
        '',
        '```',
        'Der Code bleibt.',
        '```',
        '',
      ].join('\n'),
    );
  });

  it('HTML: the same page, text, alt and title in English, scripts and notranslate parts as written', async () => {
    const german = await readFile(path.join(FIXTURES, 'spionage-seite.html'), 'utf8');
    const english = await readFile(path.join(out, 'spionage-seite.en.html'), 'utf8');
    expect(english).toBe(
      german
        .replace('<title>Mögliche Spionage</title>', '<title>Possible espionage</title>')
        .replace('<h1>Der Verdacht</h1>', '<h1>The suspicion</h1>')
        .replace(
          '<p>Der <b>Geheimdienst</b> überwacht das <a href="https://example.org/lager" title="Logistikzentrum">Logistikzentrum</a>',
          '<p>The <b>intelligence service</b> monitors the <a href="https://example.org/lager" title="logistics centre">logistics centre</a>',
        )
        .replace('alt="Das Logistikzentrum"', 'alt="Das logistics centre"')
        .replace('<figcaption>Mögliche Spionage in Belgien.</figcaption>', '<figcaption>Possible espionage in Belgium.</figcaption>'),
    );
  });

  it('--select translates the matched part of the page and leaves the rest byte for byte', async () => {
    const selected = await mkdtemp(path.join(tmpdir(), 'lektor-select-'));
    const r = await runCli(['translate', 'test/fixtures/markup/spionage-seite.html', '--select', 'article h1', '--model', model, '--offline', '--out', selected, '--format', 'txt']);
    expect(r.code).toBe(0);
    const german = await readFile(path.join(FIXTURES, 'spionage-seite.html'), 'utf8');
    expect(await readFile(path.join(selected, 'spionage-seite.en.html'), 'utf8')).toBe(german.replace('<h1>Der Verdacht</h1>', '<h1>The suspicion</h1>'));
    expect(await readFile(path.join(selected, 'spionage-seite.en.txt'), 'utf8')).toBe('The suspicion\n');
  });

  it('a binary file named .html: exit 1, one line naming it, the other articles written', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-binary-'));
    await writeFile(path.join(dir, 'bild.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    await writeFile(path.join(dir, 'gut.md'), '# Der Verdacht\n');
    const r = await runCli(['translate', dir, '--model', model, '--offline', '--out', dir, '--format', 'txt', '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`lektor: ${path.relative(repoRoot, path.join(dir, 'bild.html'))}: binary file (NUL byte at offset 4), expected HTML text\n`);
    expect(await readFile(path.join(dir, 'gut.en.md'), 'utf8')).toBe('# The suspicion\n');
  });

  it('--select that is no CSS selector: exit 2 before any work', async () => {
    const r = await runCli(['translate', 'test/fixtures/markup/', '--select', 'p[', '--offline']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('lektor: --select: "p[" is not a CSS selector (Expected name, found )\n');
  });
});
