import { defaultConfig, type QaConfig } from '../config.js';
import { mapSegments, segmentsOf, type Flag, type LektorDoc, type Segment, type Severity } from '../core/doc.js';
import { UsageError } from '../core/errors.js';
import type { Stage } from './stage.js';
import { assertCheckIds, isCheckId, selectChecks } from '../checks/index.js';
import { runCheck } from '../checks/run-check.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Runs the configured QA checks over every translated segment and sets each segment's `flags`,
 * sorted by severity, check and message. Flags of other origin (not a registered check id) are
 * kept; those of earlier QA runs are replaced, so running the stage twice changes nothing.
 */
export default function qa(options: Partial<QaConfig> = {}): Stage {
  const config: QaConfig = { ...defaultConfig().qa, ...options };
  const checks = selectChecks(config.checks);
  const severityOf = severities(config.severity);
  return async (doc) => {
    const segments = segmentsOf(doc);
    const found = new Map<string, Flag[]>();
    for (const check of checks) {
      const severity = severityOf(check.id, check.severity);
      for (const { segmentId, message } of runCheck(check, segments, config)) {
        found.set(segmentId, [...(found.get(segmentId) ?? []), { check: check.id, severity, message }]);
      }
    }
    return mapSegments(doc, (seg) => withFlags(seg, found.get(seg.id) ?? []));
  };
}

/** Validates `qa.severity` once and returns the lookup the stage uses. */
function severities(overrides: QaConfig['severity']): (id: string, fallback: Severity) => Severity {
  assertCheckIds(Object.keys(overrides), 'qa.severity');
  for (const [id, severity] of Object.entries(overrides)) {
    if (!SEVERITIES.includes(severity)) {
      throw new UsageError(`qa.severity.${id} must be one of ${SEVERITIES.join(', ')}, got "${String(severity)}"`);
    }
  }
  return (id, fallback) => overrides[id] ?? fallback;
}

function withFlags(seg: Segment, flags: readonly Flag[]): Segment {
  const kept = (seg.flags ?? []).filter((flag) => !isCheckId(flag.check));
  const all = dedupe([...kept, ...flags]).sort(compareFlags);
  if (all.length > 0) return { ...seg, flags: all };
  if (seg.flags === undefined) return seg;
  const { flags: _cleared, ...unflagged } = seg;
  return unflagged;
}

function dedupe(flags: readonly Flag[]): Flag[] {
  const seen = new Map(flags.map((flag) => [`${flag.check}\u0000${flag.message}`, flag]));
  return [...seen.values()];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Errors first, then by check id and message: the same findings always come out in the same order. */
export function compareFlags(a: Flag, b: Flag): number {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || compare(a.check, b.check) || compare(a.message, b.message);
}

/** Counts of a batch's QA flags, for the end of `lektor translate` and `run.json`. */
export interface QaSummary {
  /** Translatable segments in the batch. */
  readonly segments: number;
  /** Segments with at least one flag. */
  readonly flaggedSegments: number;
  readonly flags: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Flags per check id, ids in alphabetical order, only checks that fired. */
  readonly byCheck: Readonly<Record<string, number>>;
}

/** Sums the flags of a batch of documents; a pure function of the documents. */
export function summariseQa(docs: readonly LektorDoc[]): QaSummary {
  return mergeQaSummaries(docs.map(summariseDoc));
}

/**
 * Adds up summaries, so a batch run can keep one small summary per article instead of every
 * document until the end.
 */
export function mergeQaSummaries(summaries: readonly QaSummary[]): QaSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byCheck: Record<string, number> = {};
  for (const summary of summaries) {
    for (const severity of SEVERITIES) bySeverity[severity] += summary.bySeverity[severity];
    for (const [check, n] of Object.entries(summary.byCheck)) byCheck[check] = (byCheck[check] ?? 0) + n;
  }
  const total = (field: 'segments' | 'flaggedSegments' | 'flags') => summaries.reduce((n, summary) => n + summary[field], 0);
  return {
    segments: total('segments'),
    flaggedSegments: total('flaggedSegments'),
    flags: total('flags'),
    bySeverity,
    byCheck: Object.fromEntries(Object.entries(byCheck).sort(([a], [b]) => compare(a, b))),
  };
}

function summariseDoc(doc: LektorDoc): QaSummary {
  const segments = segmentsOf(doc).filter((seg) => seg.translatable);
  const flags = segments.flatMap((seg) => seg.flags ?? []);
  const count = (key: (flag: Flag) => string) =>
    flags.reduce<Record<string, number>>((counts, flag) => ({ ...counts, [key(flag)]: (counts[key(flag)] ?? 0) + 1 }), {});
  return {
    segments: segments.length,
    flaggedSegments: segments.filter((seg) => (seg.flags ?? []).length > 0).length,
    flags: flags.length,
    bySeverity: { error: 0, warning: 0, info: 0, ...count((flag) => flag.severity) },
    byCheck: count((flag) => flag.check),
  };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line for the terminal: `QA: 3 flags in 2 of 20 segments (1 error, 2 warnings): numbers 1, punctuation 2`. */
export function formatQaSummary(summary: QaSummary): string {
  if (summary.flags === 0) return `QA: no flags in ${plural(summary.segments, 'segment')}`;
  const severities = SEVERITIES.filter((s) => summary.bySeverity[s] > 0).map((s) => plural(summary.bySeverity[s], s));
  const checks = Object.entries(summary.byCheck).map(([id, n]) => `${id} ${n}`);
  return `QA: ${plural(summary.flags, 'flag')} in ${summary.flaggedSegments} of ${plural(summary.segments, 'segment')} (${severities.join(', ')}): ${checks.join(', ')}`;
}
