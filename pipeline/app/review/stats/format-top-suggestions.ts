import { disputedHeadline, proposalHeadline } from '../../../../glossary/tools/suggest/format-suggestions.js';
import type { TopSuggestions } from './top-suggestions.js';

/**
 * The top proposals and disputed entries, for under the stats table: a short section each, none
 * where there is nothing to name, then the command that lists them all with their examples.
 */
export function formatTopSuggestions(top: TopSuggestions, suggestCommand: string): string {
  const sections =
    section('glossary proposals', top.proposals.map(proposalHeadline), top.found.proposals) +
    section('disputed glossary entries', top.disputed.map(disputedHeadline), top.found.disputed);
  return sections === '' ? '' : `${sections}\nall of them, with examples: ${suggestCommand}\n`;
}

function section(title: string, headlines: readonly string[], found: number): string {
  if (headlines.length === 0) return '';
  const count = headlines.length < found ? `top ${headlines.length} of ${found}` : String(found);
  return `\n${title} (${count}):\n${headlines.map((h) => `  ${h}\n`).join('')}`;
}

/** The `glossary suggest` command giving the same lists in full, ready to paste into a shell; a stack's files in precedence order. */
export function suggestCommand(outDir: string, glossaryFiles: readonly string[] = []): string {
  return ['lektor glossary suggest', shellWord(outDir), ...glossaryFiles.flatMap((file) => ['--glossary', shellWord(file)])].join(' ');
}

function shellWord(text: string): string {
  return /^[\w./:@%+=,-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
