import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintGlossary } from '../../../../glossary/tools/lint/lint-glossary.js';
import type { LintRule } from '../../../../glossary/tools/lint/lint-rule.js';
import { repoRoot } from '../../../helpers/run-cli.js';

export const LINT_FIXTURES = path.join(repoRoot, 'test/fixtures/glossary-maintenance/lint');

/** The head every inline glossary needs. */
export const HEAD = 'source_lang: de\ntarget_lang: en\nterms:\n';

/** `line:col message` for each finding of `rule` alone. */
export function findingsOf(rule: LintRule, text: string): string[] {
  return lintGlossary(text, 'g.yaml', [rule])
    .filter((f) => f.rule === rule.id)
    .map((f) => `${f.line}:${f.column} ${f.message}`);
}

/**
 * A rule's valid/invalid table: valid glossaries (inline terms, or the seeds) give no finding;
 * the rule's fixture in `test/fixtures/glossary-maintenance/lint/<id>.yaml` gives exactly `invalid`.
 */
export function testRule(rule: LintRule, table: { valid: readonly [string, string][]; invalid: readonly string[] }): void {
  describe(rule.id, () => {
    it.each(table.valid)('accepts %s', (_, terms) => {
      expect(findingsOf(rule, `${HEAD}${terms}`)).toEqual([]);
    });

    it('accepts the seed glossary', () => {
      expect(findingsOf(rule, readFileSync(path.join(repoRoot, 'seeds/glossary.yaml'), 'utf8'))).toEqual([]);
    });

    it(`reports each problem in ${rule.id}.yaml`, () => {
      expect(findingsOf(rule, readFileSync(path.join(LINT_FIXTURES, `${rule.id}.yaml`), 'utf8'))).toEqual(table.invalid);
    });
  });
}
