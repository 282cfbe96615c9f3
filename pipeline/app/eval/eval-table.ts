import type { TermStrategy } from '../../core/doc.js';
import type { StrategyResult } from './evaluate.js';

export interface EvalTableInfo {
  readonly articles: number;
  readonly glossaryPath: string;
  readonly terms: number;
  readonly model: string;
  /** Marked in the table, since the table is how the default gets chosen. */
  readonly defaultStrategy: TermStrategy;
}

/** The evaluation as a Markdown table, ready to paste into an issue. */
export function renderEvalTable(results: readonly StrategyResult[], info: EvalTableInfo): string {
  const articles = `${info.articles} article${info.articles === 1 ? '' : 's'}`;
  const rows = results.map((r) => {
    const name = r.strategy === info.defaultStrategy ? `${r.strategy} (default)` : r.strategy;
    return `| ${name} | ${r.honoured} / ${r.occurrences} | ${percent(r.honoured, r.occurrences)} | ${r.repaired} | ${r.flagged} | ${r.fallbacks} | ${(r.ms / 1000).toFixed(2)} s |`;
  });
  return [
    `Glossary terms on ${articles}; glossary \`${info.glossaryPath}\` (${info.terms} terms); model \`${info.model}\``,
    '',
    '| strategy | honoured | adherence | repaired | flagged | fallbacks to inline | time |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;
}
