import { formatMatchAnalysis, MATCH_BANDS } from '../../engine/memory/match-analysis.js';
import { formatQaSummary } from '../../stages/qa.js';
import type { TranslateRunReport } from '../deliver/run-report.js';

/**
 * The closing lines: the match analysis when the run had a memory and finished a sentence, the QA
 * counts when QA ran on any sentence, then `12 translated, 3 from memory, 1 failed (a.txt)` (and
 * what is left after an interrupt) last.
 */
export function summaryLine(report: TranslateRunReport): string {
  const { total } = report.matches;
  const matched = report.settings.memory !== null && MATCH_BANDS.some((b) => total[b].sentences > 0) ? `${formatMatchAnalysis(total)}\n` : '';
  const qa = report.qa && report.qa.segments > 0 ? `${formatQaSummary(report.qa)}\n` : '';
  return matched + qa + countsLine(report);
}

function countsLine(report: TranslateRunReport): string {
  const { translated, fromMemory, failed, pending } = report.counts;
  const failures = failed > 0 ? ` (${report.failures.map((f) => f.file).join(', ')})` : '';
  const counts = `${translated} translated, ${fromMemory} from memory, ${failed} failed${failures}`;
  // Articles finish late in a pooled run, but every batch the model finished is remembered: say so.
  const remembered = report.counts.modelSentences > 0 ? ` (${report.counts.modelSentences} new sentences remembered)` : '';
  if (report.status === 'interrupted') return `interrupted: ${counts}; ${pending} not finished${remembered}, run the same command again to finish them`;
  if (report.status === 'error') return `stopped: ${counts}; ${pending} not finished`;
  return counts;
}
