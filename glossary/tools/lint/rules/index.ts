import type { LintRule } from '../lint-rule.js';
import conflictingEntry from './conflicting-entry.js';
import dntTarget from './dnt-target.js';
import duplicateEntry from './duplicate-entry.js';
import forbiddenAsTarget from './forbidden-as-target.js';
import overlappingTerms from './overlapping-terms.js';
import sourceIsForm from './source-is-form.js';
import targetSpacing from './target-spacing.js';

/** Every content rule; the linter itself adds `yaml-syntax`, `schema` and `glossary-load`. */
export const LINT_RULES: readonly LintRule[] = [duplicateEntry, conflictingEntry, sourceIsForm, overlappingTerms, targetSpacing, dntTarget, forbiddenAsTarget];
