import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';

describe('bin', () => {
  it('stops quietly when the reader closes the pipe early (lektor … | head)', () => {
    const article = 'Der Geheimdienst überwacht das Logistikzentrum. '.repeat(20_000);
    const bin = path.join(repoRoot, 'dist/pipeline/app/bin.js');
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(bin)} segment - | head -n 1; echo "status \${PIPESTATUS[0]}" >&2`], {
      input: article,
      encoding: 'utf8',
    });
    expect(r.stdout).toBe('Der Geheimdienst überwacht das Logistikzentrum.\n');
    expect(r.stderr).toBe('status 0\n');
  });
});
