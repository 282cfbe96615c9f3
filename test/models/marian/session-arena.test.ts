import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tinyModelDir } from '../../helpers/tiny-model.js';

const PROBE = fileURLToPath(new URL('../../helpers/ort-arena-log.mjs', import.meta.url));

/** ONNX Runtime's info log of a probe run (`ort-arena-log.mjs`), after it said it was done. */
async function ortLog(mode: 'lektor' | 'default'): Promise<string> {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [PROBE, mode, await tinyModelDir()], { cwd: path.dirname(PROBE) });
  expect(stdout).toBe('done\n');
  return stderr;
}

describe("the model's ONNX Runtime sessions", () => {
  it('allocate without a CPU memory arena, greedy in either loop and with beams, fp32 and q8', async () => {
    const log = await ortLog('lektor');
    // The log is on at info (ONNX Runtime's device discovery writes there).
    expect(log).toMatch(/\[I:onnxruntime/);
    expect(log).not.toMatch(/BFCArena/);
  }, 60_000);

  it('would have made one with ONNX Runtime’s default options, which the probe sees', async () => {
    expect(await ortLog('default')).toMatch(/Creating BFCArena for Cpu/);
  }, 60_000);
});
