import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { highestPeak } from './peak-rss.js';

const run = promisify(execFile);
const HELD_MB = 512;
const MODULE = fileURLToPath(new URL('./peak-rss.ts', import.meta.url));

describe.runIf(process.platform === 'linux')('ownPeakRssMb', () => {
  it("is the child's own peak, where maxRSS also counts what its parent held when it forked", async () => {
    const held = new Uint8Array(HELD_MB * 2 ** 20).fill(1);
    const script = `import { ownPeakRssMb } from ${JSON.stringify(MODULE)}; console.log(JSON.stringify({ own: ownPeakRssMb(), maxRss: process.resourceUsage().maxRSS / 1024 }));`;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    // Held until the child has run.
    held.fill(0);
    const child = JSON.parse(stdout) as { own: number; maxRss: number };
    expect(child.maxRss).toBeGreaterThanOrEqual(HELD_MB);
    expect(child.own).toBeLessThan(HELD_MB / 2);
  });
});

describe('highestPeak', () => {
  it('is the run with the highest peak, with its own record of what held it', () => {
    const runs = [
      { peakRssMb: 850, atPeak: 'run 1' },
      { peakRssMb: 905, atPeak: 'run 2' },
      { peakRssMb: 870, atPeak: 'run 3' },
    ];
    expect(highestPeak(runs)).toBe(runs[1]);
  });
});
