import type { Flag, TermHit } from '../pipeline/core/doc.js';
import { termStatus, type TermStatus } from './review-status.js';

const STATUS_TEXT: Readonly<Record<TermStatus, string>> = {
  ok: 'in target',
  repaired: 'repaired by Lektor',
  missing: 'missing in target',
  forbidden: 'forbidden variant in target',
};

/** One line for a QA finding, the same in every format that shows it as text. */
export function flagText(flag: Flag): string {
  return `[${flag.severity}] ${flag.check}: ${flag.message}`;
}

/** One line for what became of a glossary term, e.g. `Term “Spionage” → “espionage”: missing in target`. */
export function termText(hit: TermHit): string {
  const dnt = hit.dnt ? ' (do not translate)' : '';
  const forbidden = hit.forbidden?.length ? `: ${hit.forbidden.map((f) => `“${f}”`).join(', ')}` : '';
  return `Term “${hit.text}” → “${hit.expected}”${dnt}: ${STATUS_TEXT[termStatus(hit)]}${forbidden}`;
}

/** Where a term of stacked glossaries came from, e.g. `from desk.yaml`. */
export function glossarySource(file: string): string {
  return `from ${file}`;
}
