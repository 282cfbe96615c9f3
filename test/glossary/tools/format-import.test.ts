import { describe, expect, it } from 'vitest';
import { conflictReport, importSummary, warningLines } from '../../../glossary/tools/format-import.js';
import type { ImportConflict, ImportResult } from '../../../glossary/tools/import-terms.js';
import { glossaryOf } from './maintenance-fixtures.js';

const existing = glossaryOf('  - source: Geheimdienst\n    target: intelligence service\n').terms[0]!;
const conflict: ImportConflict = { imported: { entry: { source: 'Geheimdienst', target: 'secret service' }, line: 2 }, variant: 'Geheimdienst', importedTarget: 'secret service', existing };
const none: ImportResult = { raw: '', added: [], unchanged: [], kept: [], replaced: [], conflicts: [] };

describe('import messages', () => {
  it('summarises what the import did in one line', () => {
    expect(importSummary({ ...none, added: [conflict.imported], replaced: [conflict] }, 'g.yaml', 'terms.csv')).toBe('g.yaml: 1 added, 0 already there, 1 replaced (from terms.csv)\n');
  });

  it('lists every conflict with its place in both files', () => {
    expect(conflictReport([conflict, conflict], 'g.yaml', 'terms.csv')).toBe(
      '2 entries would conflict with g.yaml; nothing was changed (choose with --merge keep|replace):\n' +
        '  terms.csv:2: "Geheimdienst" → "secret service", but g.yaml:4 has "intelligence service"\n'.repeat(2),
    );
  });

  it('puts each warning on its own line with file and line', () => {
    expect(warningLines([{ line: 9, message: 'skipped a concept without German and English terms' }], 'g.tbx')).toBe('g.tbx:9: skipped a concept without German and English terms\n');
  });
});
