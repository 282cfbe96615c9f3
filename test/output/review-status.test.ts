import { describe, expect, it } from 'vitest';
import type { Segment, TermHit } from '../../pipeline/core/doc.js';
import { hasLowConfidence, hasMissingTerm, isFlagged, isUnreviewed, needsReview, reviewCounts, termStatus } from '../../output/review-status.js';
import { reviewDoc } from './review-doc.js';

const base: TermHit = { termId: 't', start: 0, end: 1, text: 'T', expected: 'T', found: true, repaired: false };
const segment = (fields: Partial<Segment>): Segment => ({ id: 's0001', source: 'Satz.', start: 0, end: 5, translatable: true, target: 'Sentence.', ...fields });

describe('review-status', () => {
  it.each([
    ['ok', base],
    ['repaired', { ...base, repaired: true }],
    ['missing', { ...base, found: false }],
    ['forbidden', { ...base, forbidden: ['spying'] }],
    ['forbidden', { ...base, found: false, forbidden: ['spying'] }],
    ['ok', { ...base, forbidden: [] }],
  ] as const)('termStatus is %s', (status, hit) => {
    expect(termStatus(hit)).toBe(status);
  });

  it.each([
    ['a clean segment', segment({}), false],
    ['an info flag alone', segment({ flags: [{ check: 'c', severity: 'info', message: 'm' }] }), false],
    ['a repaired term', segment({ terms: [{ ...base, repaired: true }] }), false],
    ['a warning', segment({ flags: [{ check: 'c', severity: 'warning', message: 'm' }] }), true],
    ['an error', segment({ flags: [{ check: 'c', severity: 'error', message: 'm' }] }), true],
    ['a missing term', segment({ terms: [{ ...base, found: false }] }), true],
    ['a forbidden variant', segment({ terms: [{ ...base, forbidden: ['x'] }] }), true],
    ['no target', segment({ target: undefined }), true],
  ])('needsReview for %s is %s', (_name, s, expected) => {
    expect(needsReview(s)).toBe(expected);
  });

  it('flags and missing terms are what the page filters on', () => {
    expect(isFlagged(segment({ flags: [{ check: 'c', severity: 'info', message: 'm' }] }))).toBe(true);
    expect(isFlagged(segment({ flags: [] }))).toBe(false);
    expect(hasMissingTerm(segment({ terms: [base, { ...base, found: false }] }))).toBe(true);
    expect(hasMissingTerm(segment({ terms: [{ ...base, repaired: true }] }))).toBe(false);
  });

  it('low confidence is what the low-confidence check flagged; unreviewed, a translatable sentence no person reviewed', () => {
    expect(hasLowConfidence(segment({ confidence: 0.2, flags: [{ check: 'low-confidence', severity: 'warning', message: 'm' }] }))).toBe(true);
    expect(hasLowConfidence(segment({ confidence: 0.2 }))).toBe(false);
    expect(isUnreviewed(segment({ origin: 'model' }))).toBe(true);
    expect(isUnreviewed(segment({ origin: 'review', draft: 'x' }))).toBe(false);
    expect(isUnreviewed(segment({ translatable: false, origin: 'copy' }))).toBe(false);
  });

  it('counts a document', () => {
    expect(reviewCounts(reviewDoc())).toEqual({ segments: 6, flagged: 2, termsMissing: 1, needsReview: 3, termHits: 4, termsRepaired: 1, lowConfidence: 0, unreviewed: 5 });
  });
});
