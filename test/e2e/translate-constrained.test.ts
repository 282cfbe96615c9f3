import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tinyModelDir } from '../helpers/tiny-model.js';

interface Hit {
  readonly expected: string;
  readonly found: boolean;
  readonly strategy: string;
}
interface SegmentRecord {
  readonly modelInput: string | null;
  readonly target: string;
  readonly terms: readonly Hit[];
  readonly flags: readonly { readonly check: string }[];
}

/** Beam search with the glossary's terms as constraints, through the built CLI on the generated model. */
describe('lektor translate seeds/ --beams 4 --terms constrain', () => {
  let out: string;
  let args: string[];
  let run: Awaited<ReturnType<typeof runCli>>;
  let records: SegmentRecord[];

  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'lektor-constrain-'));
    args = ['translate', 'seeds/', '--beams', '4', '--terms', 'constrain', '--glossary', 'seeds/glossary.yaml', '--model', await tinyModelDir(), '--offline', '--out', out, '--format', 'jsonl'];
    run = await runCli(args);
    const jsonl = await readFile(path.join(out, 'alibaba-liege-espionage.jsonl'), 'utf8');
    records = jsonl.trim().split('\n').map((line) => JSON.parse(line) as SegmentRecord);
  });

  it('exits 0 and records beam search in run.json', async () => {
    expect(run.stderr).not.toMatch(/Error|at .*\.js/);
    expect(run.code).toBe(0);
    const report = JSON.parse(await readFile(path.join(out, 'run.json'), 'utf8')) as { model: { decoding: Record<string, unknown> } };
    expect(report.model.decoding).toMatchObject({ num_beams: 4, length_penalty: 1, early_stopping: false });
  });

  it('writes terms into the English from the German as it is, and falls back to inline where it could not, saying so', () => {
    const hits = records.flatMap((r) => r.terms);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.found)).toBe(true);
    const constrained = records.filter((r) => r.terms.length > 0 && r.terms.every((h) => h.strategy === 'constrain'));
    const fellBack = records.filter((r) => r.terms.some((h) => h.strategy === 'inline'));
    expect(constrained.length).toBeGreaterThan(0);
    for (const r of constrained) {
      expect(r.modelInput).toBeNull();
      for (const h of r.terms) expect(r.target.toLowerCase()).toContain(h.expected.toLowerCase());
    }
    expect(fellBack.length).toBeGreaterThan(0);
    for (const r of fellBack) {
      expect(r.flags.map((f) => f.check)).toContain('term-constrain-fallback');
      expect(r.modelInput).not.toBeNull();
    }
    expect(run.stderr).toContain(`term-constrain-fallback ${fellBack.length}`);
  });

  it('answers a second run from the memory, which keeps each sentence with its required terms', async () => {
    const again = await runCli(args);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('0 translated, 1 from memory, 0 failed');
  });
});
