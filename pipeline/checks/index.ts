import type { QaConfig } from '../config.js';
import { UsageError } from '../core/errors.js';
import dnt from './dnt.js';
import doublewords from './doublewords.js';
import empty from './empty.js';
import length from './length.js';
import lowConfidence from './low-confidence.js';
import markup from './markup.js';
import memoryAdapted from './memory-adapted.js';
import numbers from './numbers.js';
import punctuation from './punctuation.js';
import repetition from './repetition.js';
import terms from './terms.js';
import untranslated from './untranslated.js';
import urlsEmails from './urls-emails.js';
import type { AnyCheck } from './run-check.js';

/** Every QA check by id, in the order they run. */
export const CHECKS = {
  empty,
  untranslated,
  numbers,
  terms,
  dnt,
  'urls-emails': urlsEmails,
  repetition,
  doublewords,
  length,
  punctuation,
  markup,
  'low-confidence': lowConfidence,
  'memory-adapted': memoryAdapted,
} as const satisfies Readonly<Record<string, AnyCheck>>;

export type CheckId = keyof typeof CHECKS;

export const CHECK_IDS = Object.keys(CHECKS) as readonly CheckId[];

/**
 * Checks that compare the sentences of a whole output folder, not of one document: the app runs
 * them (`pipeline/app/consistency/`) after a batch and after each review. Named here so that
 * `--qa` and `qa.severity` know them, and a document's QA leaves their flags to them.
 */
export const FOLDER_CHECK_IDS = ['inconsistent-target', 'inconsistent-source'] as const;

export type FolderCheckId = (typeof FOLDER_CHECK_IDS)[number];

export function isFolderCheckId(id: string): id is FolderCheckId {
  return (FOLDER_CHECK_IDS as readonly string[]).includes(id);
}

/** Whether `id` names a check, of a document or of a folder. */
export function isCheckId(id: string): id is CheckId | FolderCheckId {
  return Object.hasOwn(CHECKS, id) || isFolderCheckId(id);
}

/** Throws a `UsageError` naming every id in `ids` that is no check, and listing the valid ones. */
export function assertCheckIds(ids: readonly string[], option: string): asserts ids is readonly (CheckId | FolderCheckId)[] {
  const unknown = [...new Set(ids.filter((id) => !isCheckId(id)))];
  if (unknown.length === 0) return;
  const names = unknown.map((id) => `"${id}"`).join(', ');
  throw new UsageError(`${option}: unknown check${unknown.length > 1 ? 's' : ''} ${names}; expected ${[...CHECK_IDS, ...FOLDER_CHECK_IDS].join(', ')}`);
}

/** The document checks a `--qa` selection names, in registry order, each once. */
export function selectChecks(selection: QaConfig['checks']): AnyCheck[] {
  if (selection === 'all') return Object.values(CHECKS);
  if (selection === 'none') return [];
  assertCheckIds(selection, '--qa');
  return CHECK_IDS.filter((id) => selection.includes(id)).map((id) => CHECKS[id]);
}

/** Reads a `--qa` value: `all`, `none`, or ids separated by commas. Ids are checked by `selectChecks`. */
export function parseCheckSelection(value: string): QaConfig['checks'] {
  const trimmed = value.trim();
  if (trimmed === 'all' || trimmed === 'none') return trimmed;
  const ids = trimmed.split(',').map((id) => id.trim()).filter((id) => id !== '');
  if (ids.length === 0) throw new UsageError(`--qa must be all, none or check ids separated by commas, got "${value}"`);
  return ids;
}
