import type { RawTerm } from '../../../glossary/build-terms.js';
import { appendEntries } from '../../../glossary/tools/edit/append-entries.js';
import { parserText, readGlossarySource } from '../../../glossary/tools/glossary-source.js';
import type { LintFinding } from '../../../glossary/tools/lint/lint-rule.js';
import { lintGlossary } from '../../../glossary/tools/lint/lint-glossary.js';
import { assertWritable, writeGlossary } from '../../../glossary/tools/write-glossary.js';
import { foldWhitespace } from '../../core/doc.js';
import { GlossaryError } from '../../core/errors.js';

/** A term a reviewer picked out of a sentence: the German and the English they chose for it. */
export interface TermProposal {
  readonly source: string;
  readonly target: string;
}

const errorKey = (finding: LintFinding): string => `${finding.rule}\0${finding.message}`;

function lintErrors(text: string, file: string): LintFinding[] {
  return lintGlossary(text, file).filter((f) => f.severity === 'error');
}

/**
 * Appends a reviewer's term to the glossary as `status: proposed` (checked, not yet enforced),
 * splicing it in so that every byte already there stays. When the glossary would then have a lint
 * error it did not have before (the German is already an entry, a term is empty), nothing is
 * written and the error says which.
 */
export async function proposeTerm(file: string, proposal: TermProposal): Promise<RawTerm> {
  return (await proposeTerms(file, [proposal]))[0]!;
}

/**
 * Appends several terms as `proposeTerm` does one: all of them, or none when any would bring a
 * lint error (the first such names its term).
 */
export async function proposeTerms(file: string, proposals: readonly TermProposal[]): Promise<RawTerm[]> {
  await assertWritable(file, file);
  const glossary = await readGlossarySource(file, '/');
  const before = new Set(lintErrors(glossary.text, file).map(errorKey));
  let raw = glossary.raw;
  const entries = proposals.map((proposal): RawTerm => ({ source: foldWhitespace(proposal.source), target: foldWhitespace(proposal.target), status: 'proposed' }));
  for (const entry of entries) {
    // One at a time, so the error names the term that brought it.
    raw = appendEntries(raw, [entry], file);
    const problem = lintErrors(parserText(raw, file), file).find((f) => !before.has(errorKey(f)));
    if (problem) throw new GlossaryError({ file }, `“${entry.source}” → “${entry.target}” was not added: ${problem.message}`);
  }
  if (entries.length > 0) await writeGlossary(file, raw);
  return entries;
}
