import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';

interface Run {
  readonly code: number | null;
  readonly output: string;
}

function run(command: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** remark with the project's config (`.remarkrc.mjs`: remark-validate-links, offline) over the pages given. */
function remark(cwd: string, pages: readonly string[]): Promise<Run> {
  const bin = path.join(repoRoot, 'node_modules/.bin/remark');
  return run(bin, [...pages, '--quiet', '--frail', '--no-stdout', '--no-color', '--rc-path', path.join(repoRoot, '.remarkrc.mjs')], cwd);
}

describe('links and anchors of README.md and docs/', () => {
  it('npm run check-docs passes', async () => {
    const result = await run('npm', ['run', '--silent', 'check-docs'], repoRoot);
    expect(result.code, result.output).toBe(0);
  });

  describe('the check itself', () => {
    const README = '# Tool\n\nSee [the guide](docs/guide.md#the-options-of-run) and [below](#usage).\n\n## Usage\n';
    const GUIDE = '# Guide\n\n## The options of run\n\n| option | meaning |\n|---|---|\n| `--x` | see [Usage](../README.md#usage) |\n';
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'lektor-check-docs-'));
    });
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    /** remark over a README and a docs/ page in a folder of their own. */
    async function check(name: string, readme: string): Promise<Run> {
      await mkdir(path.join(dir, name, 'docs'), { recursive: true });
      await writeFile(path.join(dir, name, 'README.md'), readme);
      await writeFile(path.join(dir, name, 'docs/guide.md'), GUIDE);
      return remark(path.join(dir, name), ['README.md', 'docs']);
    }

    it('passes links to files, headings, and headings in other files', async () => {
      const result = await check('valid', README);
      expect(result.code, result.output).toBe(0);
    });

    it.each([
      ['a heading that is not there', '(#usage)', '(#usages)', 'Cannot find heading for `#usages`'],
      ['a file that is not there', '(docs/guide.md#', '(docs/guides.md#', 'Cannot find file `docs/guides.md`'],
      ["another file's heading that is not there", '#the-options-of-run)', '#the-options)', 'Cannot find heading for `#the-options` in `docs/guide.md`'],
    ])('fails on %s, naming it', async (what, from, to, message) => {
      const result = await check(what.replace(/\W+/g, '-'), README.replace(from, to));
      expect(result.code).toBe(1);
      expect(result.output).toContain(message);
    });
  });
});
