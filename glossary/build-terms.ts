import { defaultCaseRule } from './case-rule.js';
import { foldGerman } from './german-key.js';
import { termIdFrom } from './term-id.js';
import type { CaseRule, GlossaryTerm, TermStatus } from './types.js';

/** An entry as the schema lets it through. */
export interface RawTerm {
  readonly id?: string;
  readonly source: string | readonly string[];
  readonly target?: string;
  readonly forms?: readonly string[];
  readonly dnt?: boolean;
  readonly case?: CaseRule;
  readonly note?: string;
  readonly status?: TermStatus;
  readonly forbidden?: readonly string[];
}

/** Reports a problem with entry `index`, at `field` when given; never returns. */
export type FailAt = (index: number, reason: string, field?: string) => never;

/**
 * Turns schema-valid entries into terms, filling defaults and checking what a schema cannot say:
 * ids unique, no source claimed by two entries, `forbidden`-status entries attached to the entry
 * they correct. Every look-up is a map, so a glossary of any size is checked in linear time.
 */
export function buildTerms(raw: readonly RawTerm[], lines: readonly number[], file: string, fail: FailAt): GlossaryTerm[] {
  const terms = raw.map((entry, i) => termOf(entry, lines[i]!, file, (reason, field) => fail(i, reason, field)));
  // Sources first: two entries for one source also clash on their generated ids, and the source
  // clash is the message that explains it.
  const claims = checkSources(terms, fail);
  checkIds(terms, raw, fail);
  return attachForbidden(terms, claims, fail);
}

function termOf(entry: RawTerm, line: number, file: string, fail: (reason: string, field?: string) => never): GlossaryTerm {
  const source = (typeof entry.source === 'string' ? [entry.source] : entry.source).map((s) => s.trim());
  const headword = source[0]!;
  const dnt = entry.dnt ?? false;
  if (dnt && entry.target !== undefined && entry.target.trim() !== headword) {
    fail(`dnt: true keeps the source as the English, so target "${entry.target}" contradicts it; remove one of them`, 'target');
  }
  if (entry.target === undefined && !dnt) fail('target is required (or dnt: true to keep the German)');
  const status = entry.status ?? 'approved';
  if (status === 'forbidden' && dnt) fail('a forbidden entry names a wrong English rendering, so it cannot be dnt', 'dnt');
  const target = dnt ? headword : entry.target!.trim();
  const forbidden = (entry.forbidden ?? []).map((f) => f.trim());
  if (forbidden.includes(target)) fail(`target "${target}" is also listed as forbidden`, 'forbidden');
  // A forbidden entry shares its source with the entry it corrects, so its id also names the target.
  const id = entry.id ?? termIdFrom(status === 'forbidden' ? `${headword} not ${target}` : headword);
  if (id === '') fail(`cannot make an id from source "${headword}"; add an id`, 'source');
  return {
    id,
    source,
    forms: (entry.forms ?? []).map((f) => f.trim()),
    target,
    dnt,
    case: entry.case ?? defaultCaseRule(source),
    status,
    forbidden,
    ...(entry.note === undefined ? {} : { note: entry.note }),
    line,
    file,
  };
}

function checkIds(terms: readonly GlossaryTerm[], raw: readonly RawTerm[], fail: FailAt): void {
  const seen = new Map<string, GlossaryTerm>();
  terms.forEach((term, i) => {
    const earlier = seen.get(term.id);
    if (!earlier) {
      seen.set(term.id, term);
      return;
    }
    const where = `term "${earlier.source[0]}" at line ${earlier.line}`;
    if (raw[i]!.id !== undefined) fail(i, `duplicate id "${term.id}", also used by ${where}`, 'id');
    fail(i, `the id generated from the source, "${term.id}", is already used by ${where}; add an id`, 'source');
  });
}

interface Claim {
  readonly index: number;
  readonly variant: string;
  readonly rule: CaseRule;
}

/** Folded spelling → the non-forbidden entries whose variants fold to it. */
type Claims = Map<string, Claim[]>;

/**
 * Two entries may not claim the same German: variants collide when they fold to the same spelling
 * (`Lüttich`, `Luettich`), unless both are case-sensitive and differ in case (`AM`, `am`).
 */
export function collides(a: Omit<Claim, 'index'>, b: Omit<Claim, 'index'>): boolean {
  return a.rule === 'insensitive' || b.rule === 'insensitive' || a.variant === b.variant;
}

function checkSources(terms: readonly GlossaryTerm[], fail: FailAt): Claims {
  const claims: Claims = new Map();
  terms.forEach((term, index) => {
    if (term.status === 'forbidden') return;
    for (const variant of [...term.source, ...term.forms]) {
      const key = foldGerman(variant);
      const claim = { index, variant, rule: term.case };
      const earlier = claims.get(key) ?? [];
      const clash = earlier.find((c) => c.index !== index && collides(c, claim));
      if (clash) {
        const other = terms[clash.index]!;
        const targets = other.target === term.target ? '' : ` with a different target ("${other.target}")`;
        fail(index, `source "${variant}" is already covered by term "${other.source[0]}" at line ${other.line}${targets}`, 'source');
      }
      claims.set(key, [...earlier, claim]);
    }
  });
  return claims;
}

/** A `status: forbidden` entry adds its target to the `forbidden` list of the entry it corrects. */
function attachForbidden(terms: readonly GlossaryTerm[], claims: Claims, fail: FailAt): GlossaryTerm[] {
  const extra = new Map<number, string[]>();
  terms.forEach((term, i) => {
    if (term.status !== 'forbidden') return;
    const owner = term.source
      .map((variant) => claims.get(foldGerman(variant))?.find((c) => collides(c, { variant, rule: term.case }))?.index)
      .find((j) => j !== undefined);
    if (owner === undefined) {
      fail(i, 'status: forbidden needs an approved or proposed entry with the same source that says which English to use', 'status');
    }
    extra.set(owner, [...(extra.get(owner) ?? []), term.target]);
  });
  return terms.map((term, i) => (extra.has(i) ? { ...term, forbidden: [...term.forbidden, ...extra.get(i)!] } : term));
}
