import { GlossaryError, InputError } from '../../pipeline/core/errors.js';
import { parseGlossary } from '../parse.js';
import type { Glossary, GlossaryTerm } from '../types.js';
import { appendEntries } from './edit/append-entries.js';
import { replaceTarget, type Rendering } from './edit/replace-target.js';
import type { ImportedTerm } from './exchange/imported-term.js';
import { parserText } from './glossary-source.js';
import { sourceClaims } from './source-claims.js';
import { buildTermAlone } from './term-alone.js';

/** How an imported entry with different English for a German already in the glossary is resolved. */
export const MERGE_POLICIES = ['keep', 'replace'] as const;
export type MergePolicy = (typeof MERGE_POLICIES)[number];

/** An imported entry whose German the glossary already has, with other English. */
export interface ImportConflict {
  readonly imported: ImportedTerm;
  readonly variant: string;
  readonly importedTarget: string;
  /** The glossary entry that has it. */
  readonly existing: GlossaryTerm;
}

export interface ImportResult {
  /** The glossary text after the import: unchanged while there are unresolved conflicts. */
  readonly raw: string;
  readonly added: readonly ImportedTerm[];
  /** Already in the glossary with the same English. */
  readonly unchanged: readonly ImportedTerm[];
  /** Conflicts resolved by `--merge keep` (glossary kept) or `replace` (imported English taken). */
  readonly kept: readonly ImportConflict[];
  readonly replaced: readonly ImportConflict[];
  /** Conflicts no merge policy resolved: the import must be refused. */
  readonly conflicts: readonly ImportConflict[];
}

export interface ImportTarget {
  readonly glossary: Glossary;
  /** Its exact text, to splice into. */
  readonly raw: string;
  /** The glossary file as named to the user. */
  readonly file: string;
}

/**
 * Merges imported entries into a glossary. The translation matcher decides what is already there:
 * an entry whose German the glossary has with the same English is left alone, one with other
 * English is a conflict, refused unless `merge` says which English wins. New entries are appended
 * and changed targets spliced in, so the rest of the file keeps its bytes; the result must parse.
 */
export function importTerms(into: ImportTarget, imported: readonly ImportedTerm[], from: string, merge?: MergePolicy): ImportResult {
  const existing = into.glossary.terms;
  const incoming = imported.map(({ entry, line }) => {
    const built = buildTermAlone(entry, line);
    if ('reason' in built) throw new InputError({ file: from, ...(line > 0 ? { line } : {}) }, `term "${headwordOf(entry.source)}": ${built.reason}`);
    return built.term;
  });
  const claims = sourceClaims([...existing, ...incoming]).filter((c) => c.index >= existing.length && c.sameSpelling);
  const added: ImportedTerm[] = [];
  const unchanged: ImportedTerm[] = [];
  const conflicts: (ImportConflict & { ownerIndex: number })[] = [];
  incoming.forEach((term, i) => {
    const own = claims.filter((c) => c.index === existing.length + i);
    // The file itself gives one German two renderings: no merge policy can say which it meant.
    const inFile = own.find((c) => c.owner >= existing.length && incoming[c.owner - existing.length]!.target !== term.target);
    if (inFile) {
      const other = inFile.owner - existing.length;
      const renderings = `"${incoming[other]!.target}" there, "${term.target}" here`;
      throw new InputError({ file: from, line: imported[i]!.line }, `"${inFile.variant}" is also at line ${imported[other]!.line} with other English (${renderings})`);
    }
    const clash = own.find((c) => c.owner < existing.length && existing[c.owner]!.target !== term.target);
    if (clash) conflicts.push({ imported: imported[i]!, variant: clash.variant, importedTarget: term.target, existing: existing[clash.owner]!, ownerIndex: clash.owner });
    else if (own.length > 0) unchanged.push(imported[i]!);
    else added.push(imported[i]!);
  });
  const unresolved = merge === undefined ? conflicts : [];
  if (unresolved.length > 0) return { raw: into.raw, added, unchanged, kept: [], replaced: [], conflicts: strip(unresolved) };
  const replaced = merge === 'replace' ? conflicts : [];
  const raw = appendEntries(
    replaced.reduce((text, c) => replaceTarget(text, c.ownerIndex, renderingOf(c)), into.raw),
    added.map((a) => a.entry),
    into.file,
  );
  validate(raw, into.file, from);
  return { raw, added, unchanged, kept: merge === 'keep' ? strip(conflicts) : [], replaced: strip(replaced), conflicts: [] };
}

function headwordOf(source: string | readonly string[]): string {
  return typeof source === 'string' ? source : source[0] ?? '';
}

function renderingOf(conflict: ImportConflict): Rendering {
  const headword = conflict.existing.source[0]!;
  return conflict.importedTarget === headword ? { dnt: true, headword } : { dnt: false, target: conflict.importedTarget };
}

function strip(conflicts: readonly (ImportConflict & { ownerIndex: number })[]): ImportConflict[] {
  return conflicts.map(({ ownerIndex: _, ...conflict }) => conflict);
}

/** The glossary after the import must load; if it would not, nothing is written. */
function validate(raw: string, file: string, from: string): void {
  try {
    parseGlossary(parserText(raw, file), file);
  } catch (error) {
    if (!(error instanceof GlossaryError)) throw error;
    throw new GlossaryError({ file }, `importing ${from} would make the glossary unusable (${error.reason}); nothing was changed`, { cause: error });
  }
}
