import { Document, isMap, isSeq } from 'yaml';
import type { RawTerm } from '../../build-terms.js';
import type { CandidateKind } from './candidate-kinds.js';
import type { Candidate } from './extract-candidates.js';

// Names and acronyms are usually kept as they are; the rest needs an English the editor supplies.
const KEPT_AS_IS: ReadonlySet<CandidateKind> = new Set(['name', 'acronym']);

function evidence(c: Candidate): string {
  return `${c.count}× in ${c.articles.join(', ')} (${c.kind})`;
}

/** Two lines per candidate: headword, kind, count and articles, then the context sentence. */
function text(candidates: readonly Candidate[]): string {
  if (candidates.length === 0) return 'no candidates: every term-like expression is in the glossary\n';
  const width = Math.min(40, Math.max(...candidates.map((c) => c.text.length)));
  return candidates.map((c) => `${c.text.padEnd(width)}  ${c.kind.padEnd(8)} ${String(c.count).padStart(4)}×  ${c.articles.join(', ')}\n    ${c.context}\n`).join('');
}

function json(candidates: readonly Candidate[]): string {
  return `${JSON.stringify(candidates, null, 2)}\n`;
}

/**
 * Entries to paste under `terms:`, each `status: proposed` with its evidence as a comment. Names
 * and acronyms come as `dnt: true`; other targets are left empty, so the glossary does not load
 * until someone writes the English (lint points at each one).
 */
function yaml(candidates: readonly Candidate[]): string {
  if (candidates.length === 0) return '';
  const entries = candidates.map((c): RawTerm => (KEPT_AS_IS.has(c.kind) ? { source: c.text, dnt: true, status: 'proposed' } : { source: c.text, target: '', status: 'proposed' }));
  const doc = new Document(entries);
  if (isSeq(doc.contents)) {
    doc.contents.items.forEach((item, i) => {
      if (isMap(item)) item.commentBefore = ` ${evidence(candidates[i]!)}: ${candidates[i]!.context}`;
    });
  }
  const body = doc.toString({ lineWidth: 0 });
  return `  # Proposed by lektor glossary extract: paste under terms: and fill in each empty target.\n${body.replace(/^(?=.)/gmu, '  ')}`;
}

/** Extract output formats; the keys are what the CLI offers. */
export const CANDIDATE_FORMATS = { text, json, yaml } as const satisfies Record<string, (candidates: readonly Candidate[]) => string>;

export type CandidateFormat = keyof typeof CANDIDATE_FORMATS;
