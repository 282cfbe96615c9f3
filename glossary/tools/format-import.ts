import type { ImportWarning } from './exchange/imported-term.js';
import type { ImportConflict, ImportResult } from './import-terms.js';
import { plural } from '../../pipeline/core/plural.js';

/** One line: what the import did to the glossary. */
export function importSummary(result: ImportResult, file: string, from: string): string {
  const parts = [`${result.added.length} added`, `${result.unchanged.length} already there`];
  if (result.replaced.length > 0) parts.push(`${result.replaced.length} replaced`);
  if (result.kept.length > 0) parts.push(`${result.kept.length} kept as they were`);
  return `${file}: ${parts.join(', ')} (from ${from})\n`;
}

/** The refusal: every conflict with its place in both files. */
export function conflictReport(conflicts: readonly ImportConflict[], file: string, from: string): string {
  const lines = conflicts.map(
    (c) => `  ${from}${c.imported.line > 0 ? `:${c.imported.line}` : ''}: "${c.variant}" → "${c.importedTarget}", but ${file}:${c.existing.line} has "${c.existing.target}"`,
  );
  return `${plural(conflicts.length, 'entry', 'entries')} would conflict with ${file}; nothing was changed (choose with --merge keep|replace):\n${lines.join('\n')}\n`;
}

/** What a reader could not keep, one `file:line: message` each. */
export function warningLines(warnings: readonly ImportWarning[], from: string): string {
  return warnings.map((w) => `${from}:${w.line}: ${w.message}\n`).join('');
}
