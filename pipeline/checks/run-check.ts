import { defaultConfig } from '../config.js';
import type { Segment, Severity } from '../core/doc.js';
import type { CheckContext, CheckScope, CheckSettings, Finding } from './check.js';

/** Any `Check`, whatever its statistics: what a registry or a stage holds. */
export interface AnyCheck {
  readonly id: string;
  readonly severity: Severity;
  readonly scope?: CheckScope;
  readonly prepare?: (segments: readonly Segment[]) => unknown;
  run(seg: Segment, ctx: CheckContext<never>): void;
}

/** Whether a check with `scope` looks at `seg` at all. */
export function inScope(seg: Segment, scope: CheckScope): boolean {
  // A translatable segment whose target was copied on purpose is as untouched by the model as a
  // non-translatable one.
  if (!seg.translatable || seg.origin === 'copy' || seg.target === undefined) return false;
  return scope === 'translatable' || seg.target.trim() !== '';
}

/** Runs one check over a document's segments, `prepare` first, and returns what it reported. */
export function runCheck(check: AnyCheck, segments: readonly Segment[], settings: CheckSettings = defaultConfig().qa): Finding[] {
  const scoped = segments.filter((seg) => inScope(seg, check.scope ?? 'translated'));
  const findings: Finding[] = [];
  const ctx: CheckContext<unknown> = {
    stats: check.prepare?.(scoped),
    settings,
    report: (seg, message) => findings.push({ segmentId: seg.id, message }),
  };
  // `stats` came from this very check's `prepare`, so it has the type the check's `run` expects.
  for (const seg of scoped) check.run(seg, ctx as CheckContext<never>);
  return findings;
}
