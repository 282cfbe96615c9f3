import path from 'node:path';
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { GlossaryError } from '../pipeline/core/errors.js';
import { buildTerms, type RawTerm } from './build-terms.js';
import { checkShape, type ShapeProblem } from './check-shape.js';
import type { Glossary } from './types.js';
import { locate, type DataPath } from './yaml-locator.js';

interface RawGlossary {
  readonly source_lang: string;
  readonly target_lang: string;
  readonly name?: string;
  readonly description?: string;
  readonly terms: readonly RawTerm[];
}

/**
 * Parses and checks a glossary. Any problem throws a `GlossaryError` naming `file`, the line and
 * column, the entry and what is wrong; a glossary that returns is safe to enforce.
 */
export function parseGlossary(text: string, file: string): Glossary {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.normalize('NFC'), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (where: DataPath) => ({ file, ...locate(doc, lineCounter, where) });
  const [syntax] = doc.errors;
  if (syntax) {
    const { line, col } = lineCounter.linePos(syntax.pos[0]);
    throw new GlossaryError({ file, line, column: col }, `invalid YAML: ${syntax.message.split('\n')[0]}`);
  }
  const data = toData(doc, lineCounter, file);
  const problem = firstInFile(checkShape(data), at);
  if (problem) throw new GlossaryError(at(problem.path), `${labelOf(data, problem.termIndex)}${problem.reason}`);
  const raw = data as RawGlossary;
  const lines = raw.terms.map((_, i) => at(['terms', i]).line);
  const terms = buildTerms(raw.terms, lines, file, (index, reason, field) => {
    throw new GlossaryError(at(field === undefined ? ['terms', index] : ['terms', index, field]), `${labelOf(data, index)}${reason}`);
  });
  return {
    name: raw.name ?? path.basename(file).replace(/\.ya?ml$/i, ''),
    path: file,
    files: [file],
    ...(raw.description === undefined ? {} : { description: raw.description }),
    sourceLang: raw.source_lang,
    targetLang: raw.target_lang,
    terms,
  };
}

function toData(doc: Document, lineCounter: LineCounter, file: string): unknown {
  try {
    return doc.toJS();
  } catch (cause) {
    // Unresolved or runaway aliases only surface when the data is built.
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new GlossaryError({ file, ...firstBadAlias(doc, lineCounter) }, `invalid YAML: ${message.split('\n')[0]}`, { cause });
  }
}

function firstBadAlias(doc: Document, lineCounter: LineCounter): { line: number; column: number } | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) !== undefined) return undefined;
      offset = alias.range?.[0];
      return visit.BREAK;
    },
  });
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** The problem that comes first in the file, so fixing errors top to bottom works. */
function firstInFile(problems: readonly ShapeProblem[], at: (where: DataPath) => { line: number; column: number }): ShapeProblem | undefined {
  const placed = problems.map((p) => ({ p, pos: at(p.path) }));
  placed.sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column);
  return placed[0]?.p;
}

/** `term "Lüttich": `, or `term 7: ` while the source itself is unusable. */
function labelOf(data: unknown, index: number | undefined): string {
  if (index === undefined) return '';
  const source = (data as { terms?: { source?: unknown }[] }).terms?.[index]?.source;
  const headword = Array.isArray(source) ? source[0] : source;
  return typeof headword === 'string' && headword.trim() !== '' ? `term "${headword.trim()}": ` : `term ${index + 1}: `;
}
