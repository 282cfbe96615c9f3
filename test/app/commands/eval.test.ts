import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../../helpers/run-main.js';
import { tinyModelDir } from '../../helpers/tiny-model.js';

/** Times vary from run to run; everything else in the table must not. */
const withoutTimes = (s: string) => s.replace(/\d+\.\d\d s\b/g, 'T s');

describe('lektor eval', () => {
  let model: string;
  beforeAll(async () => {
    model = await tinyModelDir();
  });

  it('prints a pasteable table of every strategy on the example article', async () => {
    const run = await runMain(['eval', 'seeds/', '--glossary', 'seeds/glossary.yaml', '--model', model, '--offline', '--threads', '1']);
    expect(run.err).not.toMatch(/lektor:/);
    expect(run.code).toBe(0);
    expect(withoutTimes(run.out)).toBe(
      [
        `Glossary terms on 1 article; glossary \`seeds/glossary.yaml\` (18 terms); model \`${model}\``,
        '',
        '| strategy | honoured | adherence | repaired | flagged | fallbacks to inline | time |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| inline (default) | 44 / 45 | 97.8 % | 0 | 1 | 0 | T s |',
        '| mask | 45 / 45 | 100.0 % | 0 | 0 | 0 | T s |',
        '| verify | 43 / 45 | 95.6 % | 1 | 2 | 0 | T s |',
        // The lookup model writes word for word by position: a forced term shifts what follows, so its sentences fall back to inline.
        '| constrain | 45 / 45 | 100.0 % | 0 | 0 | 6 | T s |',
        '',
      ].join('\n'),
    );
    expect(withoutTimes(run.err)).toBe('inline: 44/45 terms honoured in T s\nmask: 45/45 terms honoured in T s\nverify: 43/45 terms honoured in T s\nconstrain: 45/45 terms honoured in T s\n');
  });

  it('stops at an invalid glossary before loading any model', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lektor-eval-'));
    const bad = path.join(dir, 'bad.yaml');
    await writeFile(bad, 'source_lang: de\ntarget_lang: en\nterms:\n  - source: Lüttich\n    target:\n');
    const run = await runMain(['eval', 'seeds/', '--glossary', bad, '--model', path.join(dir, 'no-model'), '--offline']);
    expect(run).toEqual({ code: 1, out: '', err: `lektor: ${bad}:5:5: term "Lüttich": target must be a non-empty string\n` });
  });

  it('names a missing corpus in one line', async () => {
    const run = await runMain(['eval', 'no-such-dir', '--glossary', 'seeds/glossary.yaml', '--model', model, '--offline']);
    expect(run).toEqual({ code: 1, out: '', err: 'lektor: no-such-dir: no such file or directory\n' });
  });

  it('is a usage error without --glossary', async () => {
    const run = await runMain(['eval', 'seeds/']);
    expect(run.code).toBe(2);
    expect(run.err).toContain("required option '-g, --glossary <file>' not specified");
  });
});
