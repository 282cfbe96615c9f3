import type { QaConfig } from '../config.js';
import type { Segment, Severity } from '../core/doc.js';

/**
 * Which segments a check looks at. Copied (non-translatable) segments never reach a check: the
 * model did not see them, so nothing can have gone wrong in translation.
 * - `translated`: a translatable segment with a non-blank target (most checks: a blank target is
 *   `empty`'s finding, and would otherwise fire every other check too).
 * - `translatable`: any translatable segment that has a target, blank or not.
 */
export type CheckScope = 'translated' | 'translatable';

/** What of the `qa` config the checks read besides which of them run. */
export type CheckSettings = Pick<QaConfig, 'minConfidence'>;

/** What a check gets besides the segment: where to report, what `prepare` learnt, and the settings. */
export interface CheckContext<Stats = undefined> {
  /** Records a finding on `seg`; the message says what was found and what was expected. */
  report(seg: Segment, message: string): void;
  /** The result of the check's `prepare` over all in-scope segments of the document. */
  readonly stats: Stats;
  readonly settings: CheckSettings;
}

interface CheckBase<Stats> {
  /** Kebab-case, equal to the file name. */
  readonly id: string;
  /** Default severity; `qa.severity` in the config overrides it per id. */
  readonly severity: Severity;
  /** @default 'translated' */
  readonly scope?: CheckScope;
  /** Looks at one segment and reports; never throws for content. */
  run(seg: Segment, ctx: CheckContext<Stats>): void;
}

/**
 * A QA check, one per file in `pipeline/checks/`, default-exported with `satisfies Check`.
 * A check that needs batch statistics declares `Stats` and must then provide `prepare`, which
 * runs once over the document's in-scope segments before `run` sees any of them.
 */
export type Check<Stats = undefined> = CheckBase<Stats> &
  (undefined extends Stats ? { readonly prepare?: undefined } : { prepare(segments: readonly Segment[]): Stats });

/** One reported problem, before the stage turns it into a `Flag` with the configured severity. */
export interface Finding {
  readonly segmentId: string;
  readonly message: string;
}
