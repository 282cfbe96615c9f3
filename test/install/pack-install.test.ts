import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';
import { tinyModelDir } from '../helpers/tiny-model.js';

const run = promisify(execFile);

const SEED = 'alibaba-liege-espionage';

/**
 * `dir`, holding the clone's better-sqlite3 binary (built for this Node by its install) as
 * prebuild-install looks for a prebuilt one: `<name>-v<version>-node-v<abi>-<platform>-<arch>.tar.gz`.
 */
async function betterSqlitePrebuild(dir: string): Promise<string> {
  const module = path.join(repoRoot, 'node_modules', 'better-sqlite3');
  const { version } = JSON.parse(await readFile(path.join(module, 'package.json'), 'utf8')) as { version: string };
  await mkdir(dir);
  const tarball = path.join(dir, `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`);
  await run('tar', ['-czf', tarball, '-C', module, 'build/Release/better_sqlite3.node']);
  return dir;
}

/**
 * Lektor as a user installs it: `npm pack`, then `npm install -g` of the tarball into an empty
 * prefix (dependencies from npm's cache, which the clone's install filled, or the registry), then
 * the `lektor` command run outside the clone. The tarball holds the clone's `dist/`, which
 * `npm test` built before the tests and every CLI test runs: packing builds nothing again.
 */
describe('lektor packed and installed globally', () => {
  let work: string;
  let lektor: string;
  let installed: string;
  let out: string;
  /** Each command's environment: no npm settings of the run that started the tests, and its own user cache folder. */
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'lektor-pack-'));
    env = {
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'LEKTOR_MODELS_DIR')),
      XDG_CACHE_HOME: path.join(work, 'user-cache'),
      // What the README tells users: onnxruntime-node's install script would fetch CUDA libraries.
      ONNXRUNTIME_NODE_INSTALL: 'skip',
      // better-sqlite3's install takes its binary from here (as a user's downloads a prebuilt one)
      // instead of compiling SQLite, which takes minutes.
      npm_config_better_sqlite3_local_prebuilds: await betterSqlitePrebuild(path.join(work, 'prebuilds')),
    };
    await run('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: repoRoot, env, maxBuffer: 64 * 1024 * 1024 });
    const tarball = (await readdir(work)).find((file) => file.endsWith('.tgz')) as string;
    const prefix = path.join(work, 'prefix');
    await mkdir(prefix);
    await run(
      'npm',
      ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', '--allow-scripts=better-sqlite3', path.join(work, tarball)],
      { cwd: work, env, maxBuffer: 64 * 1024 * 1024 },
    );
    lektor = path.join(prefix, 'bin', 'lektor');
    installed = path.join(prefix, 'lib', 'node_modules', 'lektor');
    // From here on nothing may reach the network, as in every test.
    env.NODE_OPTIONS = `--import ${path.join(repoRoot, 'test/helpers/deny-network.mjs')}`;
    out = path.join(work, 'out');
  }, 20 * 60_000);

  // The installed package and its dependencies take some 600 MB.
  afterAll(() => (work ? rm(work, { recursive: true, force: true }) : undefined));

  it('prints its version', async () => {
    const { version } = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect((await run(lektor, ['--version'], { cwd: work, env })).stdout).toBe(`${version}\n`);
  });

  it('translates the example article it ships with a generated model, deriving its files into the user cache folder', async () => {
    const article = path.join(installed, 'seeds', `${SEED}.de.txt`);
    await run(lektor, ['translate', article, '--model', await tinyModelDir(), '--offline', '--out', out, '--quiet'], { cwd: work, env });
    const golden = await readFile(path.join(repoRoot, 'test/e2e/golden', `${SEED}.en.txt`), 'utf8');
    expect(await readFile(path.join(out, `${SEED}.en.txt`), 'utf8')).toBe(golden);
    expect(await readdir(path.join(work, 'user-cache', 'lektor', 'models', '.derived'))).not.toEqual([]);
  });

  it('serves the translation for review until Ctrl-C', async () => {
    const server = spawn(lektor, ['review', 'serve', out, '--port', '0'], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const stopped = new Promise<number | null>((resolve) => server.once('close', resolve));
    const printed = await Promise.race([
      new Promise<string>((resolve) => server.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()))),
      stopped.then((code) => `exited ${code}: ${stderr}`),
    ]);
    try {
      expect(printed).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}\n$/);
      // The address lets the browser in (a session cookie), and the page lists the article.
      const entry = await fetch(printed.trim(), { redirect: 'manual' });
      const page = await fetch(new URL(entry.headers.get('location') ?? '', printed), { headers: { cookie: entry.headers.get('set-cookie')?.split(';')[0] ?? '' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(SEED);
    } finally {
      server.kill('SIGINT');
    }
    expect(await stopped).toBe(0);
  });
});
