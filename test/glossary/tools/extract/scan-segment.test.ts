import { describe, expect, it } from 'vitest';
import { scanSegment, type ScanLexicon } from '../../../../glossary/tools/extract/scan-segment.js';

const lexicon: ScanLexicon = { functionWords: new Set(['der', 'die', 'das', 'und', 'von', 'nach']), lowercase: new Set(['belgische']) };

function spotted(source: string): string[] {
  const { spotted: found, runs } = scanSegment(source, lexicon);
  return [...found, ...runs].map((s) => `${s.kind}:${source.slice(s.start, s.end)}${s.lemma === source.slice(s.start, s.end) ? '' : `→${s.lemma}`}`);
}

describe('scanSegment', () => {
  // Runs of capitalised words are only name candidates here; extractCandidates keeps those whose
  // words occur nowhere else.
  const cases: [string, string, string[]][] = [
    ['acronyms', 'Das Portal (EWTP) laut FT.', ['noun:Portal', 'acronym:EWTP', 'acronym:FT']],
    ['quoted expressions of up to three words', 'Es geht um "De-Risking" und „Zeiten der Naivität“.', ['quoted:De-Risking', 'quoted:Zeiten der Naivität', 'compound:De-Risking', 'noun:Zeiten', 'noun:Naivität', 'name:Zeiten der Naivität']],
    ['not quoted sentences', 'Er sagte: "Wir prüfen das alles sehr genau."', ['noun:Wir']],
    ['hyphenated compounds, nominative after a genitive article', 'Die Eröffnung eines E-Commerce-Handelszentrums.', ['noun:Eröffnung', 'compound:E-Commerce-Handelszentrums→E-Commerce-Handelszentrum']],
    ['names with particles, not a sentence-initial adjective', 'Belgische Behörden und Ursula von der Leyen.', ['noun:Behörden', 'noun:Ursula', 'noun:Leyen', 'name:Ursula von der Leyen']],
    ['no name across punctuation', 'Der Minister, Vincent Van Quickenborne, sagte.', ['noun:Minister', 'noun:Vincent', 'noun:Van', 'noun:Quickenborne', 'name:Vincent Van Quickenborne']],
  ];
  it.each(cases)('spots %s', (_, source, expected) => {
    expect(spotted(source)).toEqual(expected);
  });
});
