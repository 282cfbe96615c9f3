import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseOptions } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';

const SOURCE_FOLDERS = ['pipeline', 'models', 'glossary', 'output'];

/** The rules each violation broke, as `rule: from → to`, sorted. */
async function violations(baseDir: string): Promise<string[]> {
  const options: ICruiseOptions = { ...(await extractDepcruiseOptions(path.join(repoRoot, '.dependency-cruiser.cjs'))), baseDir };
  const tsConfig = extractTSConfig(path.join(baseDir, 'tsconfig.json'));
  const result = await cruise(SOURCE_FOLDERS, options, {}, { tsConfig });
  if (typeof result.output === 'string') throw new Error('expected a cruise result, got a report');
  return result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

/** Files that export `T` and `v` and import them from the paths given (`type:` for a type-only import). */
function tree(files: Readonly<Record<string, readonly string[]>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lektor-layers-'));
  cpSync(path.join(repoRoot, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  for (const folder of SOURCE_FOLDERS) mkdirSync(path.join(dir, folder), { recursive: true });
  for (const [file, imports] of Object.entries(files)) {
    const lines = imports.map((target, i) => {
      const typeOnly = target.startsWith('type:');
      const specifier = path.posix.relative(path.posix.dirname(file), (typeOnly ? target.slice('type:'.length) : target).replace(/\.ts$/, '.js'));
      const from = specifier.startsWith('.') ? specifier : `./${specifier}`;
      return typeOnly ? `import type { T as T${i} } from '${from}';` : `import { v as v${i} } from '${from}';`;
    });
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), [...lines, 'export type T = 1;', 'export const v = 1;', ''].join('\n'));
  }
  return dir;
}

describe('the layers (.dependency-cruiser.cjs)', () => {
  it("Lektor's own tree keeps them: no upward import, no cycle", async () => {
    expect(await violations(repoRoot)).toEqual([]);
  }, 60_000);

  it.each([
    ['the core importing a layer above it', { 'pipeline/core/doc.ts': ['output/md.ts'], 'output/md.ts': [] }, ['core-imports-nothing: pipeline/core/doc.ts → output/md.ts']],
    ['a model importing the pipeline', { 'models/marian.ts': ['pipeline/config.ts'], 'pipeline/config.ts': [] }, ['models-on-core: models/marian.ts → pipeline/config.ts']],
    ['the glossary importing a writer', { 'glossary/load.ts': ['output/write.ts'], 'output/write.ts': [] }, ['glossary-on-core: glossary/load.ts → output/write.ts']],
    ['a writer running glossary code', { 'output/md.ts': ['glossary/match.ts'], 'glossary/match.ts': [] }, ['output-takes-glossary-types-only: output/md.ts → glossary/match.ts']],
    ['a stage importing the app', { 'pipeline/stages/qa.ts': ['type:pipeline/app/cli.ts'], 'pipeline/app/cli.ts': [] }, ['nothing-below-imports-the-app: pipeline/stages/qa.ts → pipeline/app/cli.ts']],
    [
      'a type-only cycle',
      { 'pipeline/read/a.ts': ['type:pipeline/read/b.ts'], 'pipeline/read/b.ts': ['type:pipeline/read/a.ts'] },
      ['no-cycles: pipeline/read/a.ts → pipeline/read/b.ts'],
    ],
  ] as const)('refuses %s', async (_, files, expected) => {
    expect(await violations(tree(files))).toEqual(expected);
  });

  it.each([
    ['every layer on the core', { 'output/md.ts': ['pipeline/core/doc.ts'], 'glossary/load.ts': ['pipeline/core/errors.ts'], 'models/marian.ts': ['pipeline/core/errors.ts'], 'pipeline/core/doc.ts': [], 'pipeline/core/errors.ts': [] }],
    ['a writer taking glossary types', { 'output/md.ts': ['type:glossary/types.ts'], 'glossary/types.ts': [] }],
    ['the app on everything', { 'pipeline/app/cli.ts': ['pipeline/stages/qa.ts', 'models/marian.ts', 'output/md.ts'], 'pipeline/stages/qa.ts': [], 'models/marian.ts': [], 'output/md.ts': [] }],
  ] as const)('allows %s', async (_, files) => {
    expect(await violations(tree(files))).toEqual([]);
  });
});
