import { spawn } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeBlocks, docPages, readDocPage, sectionRange, type CodeBlock } from '../helpers/doc-pages.js';
import { repoRoot } from '../helpers/run-cli.js';
import { tinyModelDir } from '../helpers/tiny-model.js';

/*
 * Every ```sh block of README.md and docs/ runs here, command by command, each block in a fresh
 * copy of one workspace (a copy of seeds/, the files the examples name, and the outputs of one
 * translate run), on the generated tiny model:
 *
 * - `lektor` and `npx lektor` run the built CLI (`dist/`), which cannot reach the network;
 * - the default model id resolves to the tiny model through `LEKTOR_MODELS_DIR`, with
 *   `LEKTOR_OFFLINE=1`, so the commands run exactly as written;
 * - `HOME` is the block's folder (`~/cat/…`), and `/tmp/` in a command is the folder's `tmp/`;
 * - `npm run make-test-model` runs the repository's script.
 *
 * A command the test cannot run offline (a server that runs until stopped, the hub, Redis, the
 * whole test suite…) must be marked in the docs by an HTML comment right before its block:
 *
 *   <!-- not run: REASON -->                    the whole block
 *   <!-- not run `TEXT`, `TEXT`: REASON -->     only the commands containing one of the TEXTs
 *
 * An unmarked command it cannot classify fails, and so does a marker that skips only what it can
 * run, so every skip is deliberate.
 */

const MARKER = /^<!--\s*not run(?<only>(?:\s*`[^`]+`\s*,?)*)\s*:\s*(?<reason>\S[\s\S]*?)\s*-->$/;

interface Marker {
  readonly reason: string;
  /** The commands containing one of these are not run; undefined: the whole block. */
  readonly only: readonly string[] | undefined;
}

/** The block's marker: undefined without one, a message for an HTML comment that starts like one but does not parse. */
function markerOf(block: CodeBlock): Marker | string | undefined {
  const html = block.htmlBefore?.trim();
  if (html === undefined || !/^<!--\s*not run/.test(html)) return undefined;
  const match = MARKER.exec(html);
  if (!match?.groups) return `malformed marker ${html}`;
  const only = [...(match.groups.only ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
  return { reason: match.groups.reason as string, only: only.length > 0 ? only : undefined };
}

function where(block: CodeBlock): string {
  return `${block.page.file}:${block.line}`;
}

/** The block's commands: continuation lines joined, blank and comment-only lines left out. */
function commandsOf(block: CodeBlock): string[] {
  return block.node.value
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

type Token = { readonly word: string } | { readonly op: string };

/** Shell words and operators (`|`, `&&`, `;`, `<`, `>`), quotes removed, up to a comment. */
function tokens(command: string): Token[] {
  const out: Token[] = [];
  let word = '';
  let inWord = false;
  let quote: string | undefined;
  const end = (): void => {
    if (inWord) out.push({ word });
    word = '';
    inWord = false;
  };
  for (let i = 0; i < command.length; i++) {
    const ch = command[i] as string;
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"') word += command[++i] ?? '';
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\') {
      word += command[++i] ?? '';
      inWord = true;
    } else if (/\s/.test(ch)) {
      end();
    } else if (ch === '#' && !inWord) {
      break;
    } else if ('|&;<>'.includes(ch)) {
      end();
      let op = ch;
      while ('|&;<>'.includes(command[i + 1] ?? ' ')) op += command[++i];
      out.push({ op });
    } else {
      word += ch;
      inWord = true;
    }
  }
  end();
  return out;
}

/** The programs of a command line and their arguments: redirections and leading VAR=value left out. */
function programs(command: string): string[][] {
  const stages: string[][] = [[]];
  let redirect = false;
  for (const token of tokens(command)) {
    if ('op' in token) {
      if (/^[<>]/.test(token.op)) redirect = true;
      else stages.push([]);
    } else if (redirect) {
      redirect = false;
    } else {
      const stage = stages[stages.length - 1] as string[];
      if (!(stage.length === 0 && /^[A-Z_][A-Z0-9_]*=/.test(token.word))) stage.push(token.word);
    }
  }
  return stages.filter((s) => s.length > 0);
}

const LEKTOR_OFFLINE = new Set(['translate', 'segment', 'eval', 'glossary', 'tm']);

/** Why the test cannot run this program offline, or undefined when it can. */
function cannotRun(args: readonly string[]): string | undefined {
  const [program, ...rest] = args[0] === 'npx' && args[1] === 'lektor' ? args.slice(1) : args;
  if (program === 'echo' || program === 'cat') return undefined;
  if (program === 'npm') return rest[0] === 'run' && rest[1] === 'make-test-model' ? undefined : `npm ${rest.join(' ')} is not one of the runs it knows`;
  if (program !== 'lektor') return `it does not know "${program}"`;
  const [command, sub] = rest;
  if (rest.includes('--redis')) return 'it needs a Redis server';
  if (command === undefined) return 'it runs lektor commands only';
  if (LEKTOR_OFFLINE.has(command)) return undefined;
  if (command === 'review') return sub === 'serve' ? 'review serve runs until stopped' : undefined;
  if (command === 'models') return sub === 'list' ? undefined : 'models pull reaches the hub';
  if (command === 'serve') return 'serve runs until stopped';
  if (command === 'queue' || command === 'worker') return `${command} needs a Redis server`;
  return `it does not know lektor ${command}`;
}

/** Why the command cannot run offline, or undefined when every program in it can. */
function whyNotRunnable(command: string): string | undefined {
  return programs(command).map(cannotRun).find((why) => why !== undefined);
}

interface Plan {
  readonly block: CodeBlock;
  readonly marker: Marker | undefined;
  readonly run: readonly string[];
  readonly skipped: readonly string[];
  /** Commands neither runnable nor marked, marker texts no command contains, a malformed marker. */
  readonly problems: readonly string[];
}

function plan(block: CodeBlock): Plan {
  const found = markerOf(block);
  const marker = typeof found === 'string' ? undefined : found;
  const commands = commandsOf(block);
  const skip = (c: string): boolean => marker !== undefined && (marker.only === undefined || marker.only.some((text) => c.includes(text)));
  const run = commands.filter((c) => !skip(c));
  const unmarked = run.flatMap((c) => {
    const why = whyNotRunnable(c);
    return why === undefined ? [] : [`cannot run offline and not marked: ${c}\n    (${why})`];
  });
  const skipped = commands.filter(skip);
  const stale = (marker?.only ?? []).filter((text) => !commands.some((c) => c.includes(text))).map((text) => `the marker names \`${text}\`, which no command of the block contains`);
  const runnable = (c: string): boolean => whyNotRunnable(c) === undefined;
  const needless =
    marker === undefined ? [] : marker.only === undefined ? (commands.every(runnable) ? ['the marker skips a block the test can run'] : []) : skipped.filter(runnable).map((c) => `the marker skips a command the test can run: ${c}`);
  const problems = [...(typeof found === 'string' ? [found] : []), ...unmarked, ...stale, ...needless].map((p) => `${where(block)}: ${p}`);
  return { block, marker, run, skipped, problems };
}

const pages = docPages();
const blocks = pages.flatMap(codeBlocks);
const shellBlocks = blocks.filter((b) => b.node.lang === 'sh');
const plans = shellBlocks.map(plan);

/** What the examples name that the repository does not hold, made in the workspace before any block runs. */
function fixtures(): Record<string, string> {
  const html = (title: string): string =>
    `<!doctype html>\n<html lang="de">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n<nav><a href="/">Startseite</a></nav>\n` +
    '<article>\n<h1>Mögliche Spionage</h1>\n<div class="body">\n<p>Der Geheimdienst überwacht das Logistikzentrum in Lüttich.</p>\n</div>\n</article>\n' +
    '<footer>Impressum</footer>\n</body>\n</html>\n';
  return {
    // The article docs/formats.md shows as the input of its example.
    'alibaba.de.txt': blockIn('docs/formats.md', 'Output formats', 'text'),
    // docs/translating.md's example of a config file.
    'lektor.yaml': blockIn('docs/translating.md', 'The config file', 'yaml'),
    'page.html': html('Mögliche Spionage'),
    'site/spionage.html': html('Spionage'),
    'deepl.csv': 'Logistikdrehkreuz,logistics hub\nFrachtflughafen,cargo airport,the airport of Liège\n',
    // docs/glossary.md's stack: a house list and a desk's list, side by side in its example.
    'house.yaml': 'name: House\nsource_lang: de\ntarget_lang: en\nterms:\n  - source: Spionage\n    target: espionage\n  - source: Lüttich\n    target: Liège\n',
    'economy-desk.yaml': 'name: Economy desk\nsource_lang: de\ntarget_lang: en\nterms:\n  - source: Spionage\n    target: industrial espionage\n  - source: Zinswende\n    target: turn in interest rates\n',
  };
}

/** The first code block of that language in the section, as a file's text. */
function blockIn(file: string, section: string, lang: string): string {
  const page = readDocPage(file);
  const { start, end } = sectionRange(page, section);
  const block = codeBlocks(page).find((b) => b.node.lang === lang && (b.node.position?.start.offset ?? -1) >= start && (b.node.position?.end.offset ?? Infinity) <= end);
  if (!block) throw new Error(`examples test: ${file} has no ${lang} block under "${section}" to make a fixture of`);
  return `${block.node.value}\n`;
}

/** Shared by every block: `.bin/` (the shims), `.models/` (the cache, with the derived files made once) and `template/`. */
let root: string;

/** Runs one command in a block's folder, through bash, the way a reader would. */
function runCommand(command: string, dir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = {
    ...(process.env as Record<string, string>),
    PATH: `${path.join(root, '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    HOME: dir,
    LEKTOR_MODELS_DIR: path.join(root, '.models'),
    LEKTOR_OFFLINE: '1',
  };
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-o', 'pipefail', '-c', command.replaceAll('/tmp/', `${dir}/tmp/`)], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The first `npm` on PATH: the workspace's own `npm` hands `npm run` over to it, in the repository. */
function realNpm(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir !== '' && existsSync(path.join(dir, 'npm'))) return path.join(dir, 'npm');
  }
  throw new Error('examples test: no npm on PATH');
}

async function shim(name: string, body: string): Promise<void> {
  const file = path.join(root, '.bin', name);
  await writeFile(file, `#!/bin/sh\n${body}\n`);
  await chmod(file, 0o755);
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lektor-docs-examples-'));
  const tiny = await tinyModelDir();
  const template = path.join(root, 'template');
  const copy = (from: string, to: string): Promise<void> => cp(path.join(repoRoot, from), path.join(template, to), { recursive: true });
  await copy('seeds', 'seeds');
  await copy('seeds/alibaba-liege-espionage.de.txt', 'news/article.txt');
  await copy('seeds/alibaba-liege-espionage.de.txt', 'article.txt');
  await copy('seeds/glossary.yaml', 'glossary.yaml');
  for (const [file, text] of Object.entries(fixtures())) {
    await mkdir(path.dirname(path.join(template, file)), { recursive: true });
    await writeFile(path.join(template, file), text);
  }
  await symlink(tiny, path.join(template, 'my-model'), 'dir');
  await mkdir(path.join(template, 'tmp'));
  // The default model id, Xenova/opus-mt-de-en, is found in the cache: the tiny model under the real id's path.
  await mkdir(path.join(root, '.models/Xenova'), { recursive: true });
  await symlink(tiny, path.join(root, '.models/Xenova/opus-mt-de-en'), 'dir');
  await mkdir(path.join(root, '.bin'));
  const deny = path.join(repoRoot, 'test/helpers/deny-network.mjs');
  await shim('lektor', `exec "${process.execPath}" --import "${deny}" "${path.join(repoRoot, 'dist/pipeline/app/bin.js')}" "$@"`);
  await shim('npx', '[ "$1" = lektor ] || { echo "npx $1: the examples test runs npx lektor only" >&2; exit 127; }\nshift\nexec lektor "$@"');
  await shim('npm', `exec "${realNpm()}" --prefix "${repoRoot}" "$@"`);
  // The one translate run the review examples start from: an article's outputs in translations/,
  // and its XLIFF 2 and TMX as a CAT tool gives them back, in ~/cat/ (HOME is the block's folder).
  const setup = await runCommand('lektor translate news/ --glossary glossary.yaml --format html,xliff,xliff2,tmx,jsonl --out translations --quiet', template);
  expect(setup.code, setup.stderr).toBe(0);
  for (const file of ['article.xliff2.xlf', 'article.tmx']) await cp(path.join(template, 'translations', file), path.join(template, 'cat', file));
}, 120_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('the shell examples of README.md and docs/', () => {
  it('finds the examples and their fixtures', () => {
    expect(shellBlocks.length).toBeGreaterThan(10);
    expect(fixtures()['alibaba.de.txt']).toContain('Der Geheimdienst');
    expect(fixtures()['lektor.yaml']).toContain('model:');
  });

  it('holds shell commands in sh blocks only (the docs convention)', () => {
    const other = blocks.filter((b) => ['bash', 'shell', 'console', 'zsh', 'shell-session'].includes(b.node.lang ?? '')).map(where);
    expect(other, 'shell blocks with another language than sh').toEqual([]);
  });

  it('marks every block it cannot run, and no more', () => {
    expect(plans.flatMap((p) => p.problems), 'mark such blocks with <!-- not run: REASON --> or <!-- not run `TEXT`: REASON --> right before the fence').toEqual([]);
  });

  const runnable = plans.filter((p) => p.run.length > 0 && p.problems.length === 0);
  const notRun = plans.filter((p) => p.run.length === 0);

  it.skip.each(notRun.map((p) => [where(p.block), p.marker?.reason ?? ''] as const))('%s is not run: %s', () => {});

  describe.sequential('runs', () => {
    const title = (p: Plan): string => (p.skipped.length === 0 ? where(p.block) : `${where(p.block)}, but for ${p.skipped.length} not run (${p.marker?.reason})`);
    it.each(runnable.map((p) => [title(p), p] as const))(
      '%s',
      async (_where, p) => {
        const dir = path.join(root, `${p.block.page.file.replace(/\W/g, '-')}-${p.block.line}`);
        await cp(path.join(root, 'template'), dir, { recursive: true, verbatimSymlinks: true });
        for (const command of p.run) {
          const result = await runCommand(command, dir);
          expect(result.code, `${where(p.block)}: ${command}\nexit ${result.code}\n${result.stdout.slice(-1000)}${result.stderr.slice(-2000)}`).toBe(0);
        }
      },
      120_000,
    );
  });
});
