import type { DisputedEntry } from './find-disputed.js';
import type { Proposal } from './find-proposals.js';
import type { Example } from './reviewed-sentence.js';
import type { Suggestions } from './suggest-terms.js';

const plural = (n: number, noun: string, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;

function evidence(sentences: number, articles: readonly string[]): string {
  return `${plural(sentences, 'sentence')} in ${plural(articles.length, 'article')} (${articles.join(', ')})`;
}

/** A proposal in one line: German → English, and its evidence. */
export function proposalHeadline(p: Proposal): string {
  return `${p.source} → ${p.target}    ${evidence(p.sentences, p.articles)}`;
}

/** A disputed entry in one line: its German → English, where the entry is, its evidence and what reviewers wrote instead. */
export function disputedHeadline(d: DisputedEntry): string {
  const instead = d.replacements.map((r) => `${r.english === '' ? '(deleted)' : r.english} (${r.sentences})`).join(', ');
  const place = d.file === undefined ? '' : ` (${d.file}${d.line === undefined ? '' : `:${d.line}`})`;
  return `${d.source} → ${d.target}${place}    replaced in ${evidence(d.sentences, d.articles)} by ${instead}`;
}

function exampleLines(examples: readonly Example[]): string {
  return examples.map((e) => `    ${e.article} ${e.id}: ${e.draft} → ${e.review}\n`).join('');
}

/** Each proposal and disputed entry: a headline with its evidence, then example sentences as draft → review. */
function text(s: Suggestions): string {
  const head = `${plural(s.reviewed.sentences, 'reviewed sentence')} in ${plural(s.reviewed.articles, 'article')}\n`;
  const proposals =
    s.proposals.length === 0
      ? '\nno proposals: no English replaced the model’s for the same German often enough\n'
      : `\n${plural(s.proposals.length, 'proposal')}:\n` +
        s.proposals
          .map((p) => {
            const also = p.alternatives.length === 0 ? '' : `    also written: ${p.alternatives.map((a) => `${a.target} (${a.sentences})`).join(', ')}\n`;
            return `  ${proposalHeadline(p)}\n${exampleLines(p.examples)}${also}`;
          })
          .join('');
  const disputed =
    s.disputed.length === 0
      ? '\nno disputed entries\n'
      : `\n${plural(s.disputed.length, 'disputed entry', 'disputed entries')}:\n` +
        s.disputed.map((d) => `  ${disputedHeadline(d)}\n${exampleLines(d.examples)}`).join('');
  return head + proposals + disputed;
}

function json(s: Suggestions): string {
  return `${JSON.stringify(s, null, 2)}\n`;
}

/** Suggest output formats; the keys are what the CLI offers. */
export const SUGGESTION_FORMATS = { text, json } as const satisfies Record<string, (suggestions: Suggestions) => string>;

export type SuggestionFormat = keyof typeof SUGGESTION_FORMATS;
