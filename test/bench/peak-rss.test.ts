import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const HELD_MB = 512;
const MODULE = fileURLToPath(new URL('./peak-rss.ts', import.meta.url));

describe.runIf(process.platform === 'linux')('ownPeakRssMb', () => {
  it("is the child's own peak, where maxRSS also counts what its parent held when it forked", async () => {
    const held = new Uint8Array(HELD_MB * 2 ** 20).fill(1);
    const script = `import { ownPeakRssMb } from ${JSON.stringify(MODULE)}; console.log(JSON.stringify({ own: ownPeakRssMb(), maxRss: process.resourceUsage().maxRSS / 1024 }));`;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    const child = JSON.parse(stdout) as { own: number; maxRss: number };
    expect(held[held.length - 1]).toBe(1);
    expect(child.maxRss).toBeGreaterThanOrEqual(HELD_MB);
    expect(child.own).toBeLessThan(HELD_MB / 2);
  });
});
