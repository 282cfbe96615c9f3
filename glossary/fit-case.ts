import type { CaseRule } from './types.js';

/**
 * The term as it should read at `at` in `text`: a case-insensitive term that starts an English
 * sentence gets a capital (`Intelligence service confirmed…`); case-sensitive ones (`eWTP`) never
 * change.
 */
export function fitCase(term: string, text: string, at: number, rule: CaseRule): string {
  if (rule === 'sensitive' || !startsSentence(text, at)) return term;
  return term.charAt(0).toUpperCase() + term.slice(1);
}

function startsSentence(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return /^[\s"'“”„‘’«»(]*$/u.test(before) || /[.!?]["'“”’»)]*\s+["'“”„‘’«»(]*$/u.test(before);
}
