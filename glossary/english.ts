import { findPhrase, type Span } from './phrase.js';
import type { CaseRule } from './types.js';
import { splitWords, type Word } from './words.js';

// Noun and name inflection, which is all a glossary target needs: plural, possessive, both.
const ENDINGS = ['s', 'es', "'s", '’s', "s'", 's’', "es'", 'es’', "'", '’'] as const;

/**
 * Where `phrase` occurs in English `text`, inflected or not (`logistics hubs`, `intelligence
 * services'`, `authorities` for `authority`). Accents count: `Liege` is not `Liège`.
 */
export function findEnglish(text: string, phrase: string, rule: CaseRule): Span[] {
  const fold = rule === 'sensitive' ? (s: string) => s.normalize('NFC') : (s: string) => s.normalize('NFC').toLowerCase();
  return findPhrase(splitWords(text), splitWords(phrase), (t: Word, p: Word) => isFormOf(fold(t.core), fold(p.core)));
}

function isFormOf(word: string, base: string): boolean {
  if (word === base) return true;
  if (word.startsWith(base) && (ENDINGS as readonly string[]).includes(word.slice(base.length))) return true;
  // authority → authorities, authorities'
  return /y$/.test(base) && /^ies['’]?$/.test(word.slice(base.length - 1)) && word.startsWith(base.slice(0, -1));
}
