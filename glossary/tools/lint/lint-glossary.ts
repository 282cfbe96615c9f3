import { LineCounter, parseDocument } from 'yaml';
import type { Severity } from '../../../pipeline/core/doc.js';
import { GlossaryError } from '../../../pipeline/core/errors.js';
import type { RawTerm } from '../../build-terms.js';
import { checkShape, type ShapeProblem } from '../../check-shape.js';
import { parseGlossary } from '../../parse.js';
import { locate, type DataPath, type LinePosition } from '../../yaml-locator.js';
import { sourceClaims, createClaimant } from '../source-claims.js';
import { buildTermAlone } from '../term-alone.js';
import type { BuiltEntry, ClaimedVariant, LintEntry, LintFinding, LintRule } from './lint-rule.js';
import { LINT_RULES } from './rules/index.js';

/**
 * Every problem in a glossary, not just the first: YAML syntax (`yaml-syntax`), the schema
 * (`schema`), then each content rule over the entries that passed the schema. Whatever else makes
 * `parseGlossary` refuse the file is reported as `glossary-load`, so a glossary without errors
 * is always one that Lektor can load. Findings come sorted by place.
 */
export function lintGlossary(text: string, file: string, rules: readonly LintRule[] = LINT_RULES): LintFinding[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const findings: LintFinding[] = [];
  const add = (rule: string, severity: Severity, message: string, at: LinePosition) => findings.push({ file, ...at, severity, rule, message });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      add('yaml-syntax', 'error', error.message.split('\n')[0]!, { line, column: col });
    }
    return sortFindings(findings);
  }
  const at = (path: DataPath) => locate(doc, lineCounter, path);
  const data = toData(doc);
  const shape = data === undefined ? [] : checkShape(data.value);
  for (const problem of shape) add('schema', 'error', problem.reason, at(problem.path));
  const entries = data === undefined ? [] : entriesOf(data.value, shape, at);
  for (const rule of rules) {
    rule.check({
      ...claimsOf(entries),
      entries,
      report: (entry, path, message) => add(rule.id, rule.severity, message, at(['terms', entry.index, ...path])),
    });
  }
  const refusal = loadRefusal(text, file);
  if (refusal && !findings.some((f) => f.severity === 'error' && f.line === refusal.line)) findings.push(refusal);
  return sortFindings(findings);
}

/** The parsed data; undefined when building it fails (a runaway alias), which `glossary-load` reports. */
function toData(doc: ReturnType<typeof parseDocument>): { value: unknown } | undefined {
  try {
    return { value: doc.toJS() };
  } catch {
    return undefined;
  }
}

function entriesOf(data: unknown, shape: readonly ShapeProblem[], at: (path: DataPath) => LinePosition): LintEntry[] {
  const terms = (data as { terms?: unknown }).terms;
  if (!Array.isArray(terms)) return [];
  const invalid = new Set(shape.map((p) => p.termIndex));
  return terms.flatMap((raw: RawTerm, index) => {
    if (invalid.has(index)) return [];
    const line = at(['terms', index]).line;
    const built = buildTermAlone(raw, line);
    return [{ index, line, raw, ...('term' in built ? { term: built.term } : {}) }];
  });
}

/** Which entry the matcher gives each German text and variant to. */
function claimsOf(entries: readonly LintEntry[]): { claims: ClaimedVariant[]; claimantOf: (text: string) => BuiltEntry | undefined } {
  const byIndex = new Map(entries.filter((e): e is BuiltEntry => e.term !== undefined).map((e) => [e.index, e]));
  const terms = Array.from({ length: Math.max(-1, ...byIndex.keys()) + 1 }, (_, i) => byIndex.get(i)?.term);
  const claimant = createClaimant(terms);
  const claims = sourceClaims(terms, claimant).map((c): ClaimedVariant => {
    const entry = byIndex.get(c.index)!;
    const owner = byIndex.get(c.owner)!;
    const kind = !c.sameSpelling ? 'form' : entry.term.target === owner.term.target ? 'duplicate' : 'conflict';
    return { kind, entry, owner, variant: c.variant, path: c.path };
  });
  return { claims, claimantOf: (text) => byIndex.get(claimant(text) ?? -1) };
}

/** What `parseGlossary` says, if it refuses the file. */
function loadRefusal(text: string, file: string): LintFinding | undefined {
  try {
    parseGlossary(text, file);
    return undefined;
  } catch (error) {
    if (!(error instanceof GlossaryError)) throw error;
    return { file, line: error.line ?? 1, column: error.column ?? 1, severity: 'error', rule: 'glossary-load', message: error.reason };
  }
}

function sortFindings(findings: readonly LintFinding[]): LintFinding[] {
  return [...findings].sort((a, b) => a.line - b.line || a.column - b.column || compare(a.rule, b.rule) || compare(a.message, b.message));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
