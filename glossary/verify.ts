import type { Flag, TermHit } from '../pipeline/core/doc.js';
import { applyEdits, type Edit } from './edit-text.js';
import { findEnglish } from './english.js';
import { fitCase } from './fit-case.js';
import { createTermMatcher, type TermMatch } from './match.js';
import type { Span } from './phrase.js';
import type { Glossary, GlossaryTerm } from './types.js';

/** A segment's target after verification, its term hits with results, and the repairs made. */
export interface TermCheck {
  readonly target: string;
  readonly terms: TermHit[];
  /** One `term-repaired` info flag per repair, saying what was replaced. */
  readonly flags: Flag[];
}

/**
 * Checks (and where safe repairs) one segment's target against its term hits. `repair: false`
 * only checks: a person's text is flagged, never changed.
 */
export type TermVerifier = (target: string, hits: readonly TermHit[], options?: { readonly repair?: boolean }) => TermCheck;

interface Repair extends Edit {
  /** The wrong rendering that was replaced. */
  readonly was: string;
}

interface Plan {
  readonly term: GlossaryTerm;
  readonly hits: readonly TermHit[];
  readonly repairs: readonly Repair[];
  /** Forbidden renderings no repair replaced: they stay in the target and on the hit. */
  readonly forbiddenLeft: readonly string[];
}

/**
 * For every term hit: is the required English in the target, inflected or not, and no forbidden
 * rendering? A missing term is repaired only where the wrong rendering is certain (a forbidden
 * variant, or the German copied through) and only as often as the term is missing; the rest is
 * left as `found: false` or `forbidden` for the QA checks to flag.
 */
export function createTermVerifier(glossary: Glossary): TermVerifier {
  const terms = new Map(glossary.terms.map((t) => [t.id, t]));
  const findGerman = createTermMatcher(glossary);
  return (target, hits, options = {}) => {
    const germanInTarget = findGerman(target);
    const plans = groupByTerm(hits, terms).map((g) => planRepairs(g.term, g.hits, target, germanInTarget, options.repair ?? true));
    const { text, placed } = applyEdits(target, plans.flatMap((p) => p.repairs.map((r) => ({ ...r, label: p.hits[0]!.text }))));
    const repairedAt = (span: Span) => placed.some((p) => p.start === span.start);
    const checked = new Map<TermHit, TermHit>();
    for (const { term, hits: group, forbiddenLeft } of plans) {
      const found = findEnglish(text, term.target, term.case);
      group.forEach((hit, i) => {
        const at = found[i];
        checked.set(hit, {
          ...hit,
          found: at !== undefined,
          repaired: at !== undefined && repairedAt(at),
          ...(at ? { targetStart: at.start, targetEnd: at.end } : {}),
          // On the first hit only, so a variant is reported once however often the term occurs.
          ...(i === 0 && forbiddenLeft.length > 0 ? { forbidden: forbiddenLeft } : {}),
        });
      });
    }
    const flags = placed.map(({ edit }): Flag => ({
      check: 'term-repaired',
      severity: 'info',
      message: `Term \`${edit.label}\`: replaced \`${edit.was}\` with \`${edit.replacement}\``,
    }));
    return { target: text, terms: hits.map((h) => checked.get(h) ?? h), flags };
  };
}

function groupByTerm(hits: readonly TermHit[], terms: ReadonlyMap<string, GlossaryTerm>): { term: GlossaryTerm; hits: TermHit[] }[] {
  const groups = new Map<string, { term: GlossaryTerm; hits: TermHit[] }>();
  for (const hit of hits) {
    const term = terms.get(hit.termId);
    if (!term) throw new TypeError(`verifyTerms: term "${hit.termId}" is not in the glossary; match and verify with the same glossary`);
    const group = groups.get(hit.termId);
    if (group) group.hits.push(hit);
    else groups.set(hit.termId, { term, hits: [hit] });
  }
  return [...groups.values()];
}

function planRepairs(term: GlossaryTerm, hits: readonly TermHit[], target: string, germanInTarget: readonly TermMatch[], repair: boolean): Plan {
  const expectedAt = findEnglish(target, term.target, term.case);
  const clear = (s: Span) => !expectedAt.some((e) => e.start < s.end && s.start < e.end);
  const wrong = term.forbidden.flatMap((variant) => findEnglish(target, variant, term.case).filter(clear).map((s) => ({ ...s, was: target.slice(s.start, s.end) })));
  const copied = term.dnt ? [] : germanInTarget.filter((m) => m.term.id === term.id && clear(m)).map((m) => ({ start: m.start, end: m.end, was: m.text }));
  const missing = repair ? Math.max(0, hits.length - expectedAt.length) : 0;
  const repairs = [...wrong, ...copied].slice(0, missing).map((r) => ({ ...r, replacement: fitCase(term.target, target, r.start, term.case) }));
  const forbiddenLeft = [...new Set(wrong.filter((w) => !repairs.some((r) => r.start === w.start)).map((w) => w.was))];
  return { term, hits, repairs, forbiddenLeft };
}
