import { readFileSync } from 'node:fs';

/**
 * This process's own peak RSS in MB. On Linux it is the kernel's `VmHWM`, not
 * `process.resourceUsage().maxRSS`: libuv starts a child by forking its parent, and the kernel
 * carries the forked copy's RSS across `exec` into the child's maxRSS, so a bench case's maxRSS is
 * never below what the bench process held when it started the case.
 */
export function ownPeakRssMb(): number {
  if (process.platform === 'linux') {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb !== undefined) return Number(kb) / 1024;
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** Of several runs of one case, the one with the highest peak RSS: its own record says what held that peak. */
export function highestPeak<T extends { readonly peakRssMb: number }>(runs: readonly T[]): T {
  return runs.reduce((a, b) => (b.peakRssMb > a.peakRssMb ? b : a));
}
