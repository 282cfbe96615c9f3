import type { MemoryMatch } from '../../core/doc.js';
import { isPlaceable, tokenize } from './similarity.js';

/** A number of the earlier sentence and the one in its place now. */
export type NumberChange = readonly [before: string, now: string];

const isCode = (token: string): boolean => token.startsWith('ZXQ');

/**
 * The numbers that changed when `now` differs from `before` in numbers only (every other token,
 * inline codes included, the same and in the same places); `undefined` otherwise, and for the
 * same sentence.
 */
export function numberChanges(before: string, now: string): NumberChange[] | undefined {
  const a = tokenize(before);
  const b = tokenize(now);
  if (a.length !== b.length) return undefined;
  const changes: NumberChange[] = [];
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i] as string, b[i] as string];
    if (x === y) continue;
    if (!isPlaceable(x) || !isPlaceable(y) || isCode(x) || isCode(y)) return undefined;
    changes.push([x, y]);
  }
  return changes.length > 0 ? changes : undefined;
}

/** German `1.234,5` is English `1,234.5`: the separators trade places. */
const englishForm = (number: string): string => number.replace(/[.,]/gu, (c) => (c === '.' ? ',' : '.'));
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Where `number` stands whole in `text` (not inside a longer number). */
function places(text: string, number: string): number[] {
  const whole = new RegExp(`(?<![\\d])(?<![\\d][.,:/])${escape(number)}(?![\\d])(?![.,:/]\\d)`, 'gu');
  return [...text.matchAll(whole)].map((m) => m.index);
}

/**
 * The match's English with `sentence`'s numbers in place of the match's, for a sentence that
 * differs from the match's German in numbers only. Each changed number must stand exactly once in
 * the English, as written in German or with the separators swapped (`1,2` as `1.2`), and is
 * replaced in the same form; `undefined` where any is missing or ambiguous (a date the English
 * spells out, a number written twice): the model translates such a sentence.
 */
export function adaptNumbers(sentence: string, match: Pick<MemoryMatch, 'source' | 'target'>): string | undefined {
  const changes = numberChanges(match.source, sentence);
  if (!changes) return undefined;
  const edits: { start: number; end: number; text: string }[] = [];
  for (const [before, now] of changes) {
    const forms = [...new Set([before, englishForm(before)])];
    const found = forms.flatMap((form) => places(match.target, form).map((start) => ({ start, end: start + form.length, text: form === before ? now : englishForm(now) })));
    if (found.length !== 1) return undefined;
    edits.push(found[0] as (typeof edits)[number]);
  }
  edits.sort((x, y) => x.start - y.start);
  if (edits.some((e, i) => i > 0 && e.start < (edits[i - 1] as (typeof edits)[number]).end)) return undefined;
  let out = match.target;
  for (const e of edits.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
