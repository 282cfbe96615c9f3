import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';

const head = 'source_lang: de\ntarget_lang: en\nterms:\n';

describe('lektor glossary lint over a stack', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lektor-lint-stack-'));
    await writeFile(path.join(dir, 'house.yaml'), `${head}  - source: Spionage\n    target: espionage\n    forbidden: [spying]\n`);
    await writeFile(path.join(dir, 'desk.yaml'), `${head}  - source: Spionage\n    target: spying\n`);
    await writeFile(path.join(dir, 'broken.yaml'), `${head}  - source: Spionage\n`);
  });

  it('reports what stacking does, in stack order, and exits 0 on warnings', async () => {
    const run = await runCli(['glossary', 'lint', 'house.yaml', 'desk.yaml'], { cwd: dir });
    expect(run.stdout).toBe(
      'house.yaml:4:1: info: term "Spionage" is overridden by desk.yaml:4 (stack-shadowed)\n' +
        'desk.yaml:4:1: warning: term "Spionage": "spying" here, "espionage" in house.yaml:4; this file wins (stack-conflict)\n' +
        'desk.yaml:4:1: warning: term "Spionage": target "spying" is forbidden in house.yaml:4 (stack-forbidden)\n' +
        '0 errors, 2 warnings\n',
    );
    expect(run.code).toBe(0);
  });

  it("keeps each file's own findings and exits 1 when one of them has errors", async () => {
    const run = await runCli(['glossary', 'lint', 'house.yaml', 'broken.yaml'], { cwd: dir });
    expect(run.stdout).toMatch(/^broken\.yaml:4:\d+: error: [^\n]*target[^\n]*\n/);
    expect(run.stdout).not.toContain('stack-');
    expect(run.code).toBe(1);
  });
});
