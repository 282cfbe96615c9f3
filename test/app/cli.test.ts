import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';

/** The dependencies that make a start slow, which only the commands that use them may load. */
const HEAVY = ['bullmq', 'ioredis', 'fastify', '@huggingface/transformers', 'onnxruntime-node', 'better-sqlite3', 'prom-client', 'franc', 'parse5'];

const dir = mkdtempSync(path.join(tmpdir(), 'lektor-cli-loading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the built CLI and returns the npm packages it imported, and its exit status. */
function packagesLoaded(args: string[], input = ''): { packages: Set<string>; status: number | null } {
  const log = path.join(dir, `${args.join('_').replace(/\W/g, '')}.log`);
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', path.join(repoRoot, 'test/helpers/record-packages.mjs'), path.join(repoRoot, 'dist/pipeline/app/bin.js'), ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, LEKTOR_PACKAGES_LOG: log },
  });
  return { packages: new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean)), status: r.status };
}

describe('cli: what a command loads', () => {
  it.each([[['--version']], [['--help']], [['translate', '--help']], [['queue', 'add', '--help']], [['translate', '--no-such-flag']]])(
    'lektor %j loads none of the heavy dependencies',
    (args) => {
      const { packages, status } = packagesLoaded(args);
      expect(status).toBe(args.includes('--no-such-flag') ? 2 : 0);
      expect(packages.has('commander')).toBe(true);
      expect(HEAVY.filter((name) => packages.has(name))).toEqual([]);
    },
  );

  it('a command loads what it runs and no other command’s dependencies', () => {
    const { packages, status } = packagesLoaded(['segment', '-'], 'Guten Morgen.\n');
    expect(status).toBe(0);
    expect(packages.has('parse5')).toBe(true);
    expect(HEAVY.filter((name) => name !== 'parse5' && packages.has(name))).toEqual([]);
  });
});
